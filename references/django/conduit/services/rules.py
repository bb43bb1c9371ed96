"""Input rules shared by the use cases."""

import re
import secrets
import unicodedata
from collections.abc import Mapping
from typing import Any

from conduit.services.errors import InvalidInput


def required_text(data: Mapping[str, Any], *names: str) -> dict[str, str]:
    """Each named field must be a string that is not blank."""
    values: dict[str, str] = {}
    problems: dict[str, list[str]] = {}
    for name in names:
        value = data.get(name)
        if isinstance(value, str) and value.strip():
            values[name] = value
        else:
            problems[name] = ["can't be blank"]
    if problems:
        raise InvalidInput(fields=problems)
    return values


def changed_text(data: Mapping[str, Any], *names: str, nullable: tuple[str, ...] = ()) -> dict[str, str | None]:
    """The fields that are present; a present field must be a non-blank string, or null where
    `nullable` allows it (a nullable string may also be empty)."""
    values: dict[str, str | None] = {}
    problems: dict[str, list[str]] = {}
    for name in names:
        if name not in data:
            continue
        value = data[name]
        if name in nullable and (value is None or isinstance(value, str)):
            values[name] = value
        elif isinstance(value, str) and value.strip():
            values[name] = value
        else:
            problems[name] = ["can't be blank"]
    if problems:
        raise InvalidInput(fields=problems)
    return values


def tag_names(value: Any) -> list[str]:
    """A tagList: an array of strings; blanks and repeats are dropped, first occurrence wins."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidInput(fields={"tagList": ["must be an array of strings"]})
    return list(dict.fromkeys(item.strip() for item in value if item.strip()))


def paging(limit: int | None, offset: int | None, default_limit: int) -> tuple[int, int]:
    limit = default_limit if limit is None else limit
    offset = 0 if offset is None else offset
    problems = {}
    if limit < 0:
        problems["limit"] = ["must not be negative"]
    if offset < 0:
        problems["offset"] = ["must not be negative"]
    if problems:
        raise InvalidInput(fields=problems)
    return limit, offset


def slug_for(title: str, unique_suffix: bool = False) -> str:
    """A URL-safe slug from the title; with a random suffix when the plain one is taken."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-") or "article"
    return f"{slug}-{secrets.token_hex(3)}" if unique_suffix else slug
