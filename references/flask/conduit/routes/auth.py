"""Reads `Authorization: Token <jwt>` and puts the caller's id on flask.g."""

from collections.abc import Callable
from functools import wraps

from flask import g, request

from conduit.routes.context import services
from conduit.services.errors import AuthenticationError

_SCHEMES = ("token", "bearer")


def _presented_token() -> str | None:
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() not in _SCHEMES or not token.strip():
        raise AuthenticationError("malformed Authorization header")
    return token.strip()


def _authenticate(required: bool) -> None:
    token = _presented_token()
    if token is None:
        if required:
            raise AuthenticationError("missing Authorization header")
        g.user_id = None
        return
    # A token that is sent must be valid, even where authentication is optional.
    g.user_id = services().users.authenticate(token)


def auth_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, **kwargs):
        _authenticate(required=True)
        return view(*args, **kwargs)

    return wrapper


def auth_optional(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, **kwargs):
        _authenticate(required=False)
        return view(*args, **kwargs)

    return wrapper


def caller_id() -> int | None:
    return g.get("user_id")
