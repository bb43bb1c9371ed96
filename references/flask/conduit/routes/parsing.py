from typing import Any

from flask import request

from conduit.services.errors import ValidationError


def wrapped_body(key: str) -> dict[str, Any]:
    """The object inside the request's wrapper, e.g. {"user": {...}} -> {...}."""
    body = request.get_json(force=True, silent=True)
    inner = body.get(key) if isinstance(body, dict) else None
    if not isinstance(inner, dict):
        raise ValidationError(f"request body must be an object with a '{key}' object")
    return inner


def query_int(name: str) -> int | None:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise ValidationError(f"{name} must be an integer") from None


def query_string(name: str) -> str | None:
    value = request.args.get(name)
    return value if value else None
