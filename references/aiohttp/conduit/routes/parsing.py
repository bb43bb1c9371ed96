from typing import Any

from aiohttp import web

from conduit.services.errors import ValidationError


async def wrapped_body(request: web.Request, key: str) -> dict[str, Any]:
    """The object inside the request's wrapper: {"user": {...}} -> {...}."""
    try:
        body = await request.json()
    except ValueError:  # not JSON, or not UTF-8
        body = None
    inner = body.get(key) if isinstance(body, dict) else None
    if not isinstance(inner, dict):
        raise ValidationError(f"the request body must be a JSON object with a '{key}' object")
    return inner


def query_int(request: web.Request, name: str) -> int | None:
    raw = request.query.get(name, "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ValidationError(f"{name} must be an integer") from None


def query_string(request: web.Request, name: str) -> str | None:
    return request.query.get(name) or None
