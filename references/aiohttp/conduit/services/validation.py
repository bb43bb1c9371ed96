"""Checks of the fields a client sends inside a request's wrapper object ({"user": {...}})."""

from typing import Any

from conduit.services.errors import ValidationError


def required(data: dict[str, Any], *names: str) -> dict[str, str]:
    """Every named field must be a non-blank string."""
    values: dict[str, str] = {}
    problems: list[str] = []
    for name in names:
        value = data.get(name)
        if isinstance(value, str) and value.strip():
            values[name] = value
        else:
            problems.append(f"{name} can't be blank")
    if problems:
        raise ValidationError(*problems)
    return values


def optional(data: dict[str, Any], *names: str, nullable: tuple[str, ...] = ()) -> dict[str, str | None]:
    """Only the named fields that are present. A nullable field may be null or any string;
    the others must be non-blank strings."""
    values: dict[str, str | None] = {}
    problems: list[str] = []
    for name in names:
        if name not in data:
            continue
        value = data[name]
        if name in nullable and (value is None or isinstance(value, str)):
            values[name] = value
        elif isinstance(value, str) and value.strip():
            values[name] = value
        else:
            problems.append(f"{name} must be a non-blank string")
    if problems:
        raise ValidationError(*problems)
    return values


def tag_names(value: Any) -> list[str]:
    """A tagList: null or an array of strings; blanks and repeats are dropped, order is kept."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValidationError("tagList must be an array of strings")
    names = (item.strip() for item in value)
    return list(dict.fromkeys(name for name in names if name))


def page_bounds(limit: int | None, offset: int | None, default_limit: int) -> tuple[int, int]:
    limit = default_limit if limit is None else limit
    offset = 0 if offset is None else offset
    problems = []
    if limit < 1:
        problems.append("limit must be at least 1")
    if offset < 0:
        problems.append("offset must not be negative")
    if problems:
        raise ValidationError(*problems)
    return limit, offset
