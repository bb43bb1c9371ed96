"""Reading request bodies and query strings."""

import json
from typing import Any

from django.http import HttpRequest

from conduit.services.errors import InvalidInput


def wrapped_object(request: HttpRequest, key: str) -> dict[str, Any]:
    """The object a request body wraps, e.g. {"article": {...}} gives {...}."""
    try:
        payload = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput(fields={"body": ["must be a JSON document"]}) from None
    inner = payload.get(key) if isinstance(payload, dict) else None
    if not isinstance(inner, dict):
        raise InvalidInput(fields={key: ["must be an object"]})
    return inner


def query_text(request: HttpRequest, name: str) -> str | None:
    """A query parameter; absent and empty both mean "not given"."""
    return request.GET.get(name) or None


def query_int(request: HttpRequest, name: str) -> int | None:
    raw = request.GET.get(name)
    if raw is None or raw.strip() == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise InvalidInput(fields={name: ["must be an integer"]}) from None
