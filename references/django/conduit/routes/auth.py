"""Token authentication: views declare a policy, TokenAuthenticationMiddleware enforces it."""

from collections.abc import Callable
from enum import Enum

from django.http import HttpRequest

from conduit.services.errors import Unauthenticated

_SCHEMES = {"token", "bearer"}


class Policy(Enum):
    REQUIRED = "required"
    OPTIONAL = "optional"


_ATTRIBUTE = "conduit_auth_policy"


def auth_required(handler: Callable) -> Callable:
    """The caller must send a valid token (401 otherwise)."""
    setattr(handler, _ATTRIBUTE, Policy.REQUIRED)
    return handler


def auth_optional(handler: Callable) -> Callable:
    """Anonymous callers are welcome; a token that is sent must be valid."""
    setattr(handler, _ATTRIBUTE, Policy.OPTIONAL)
    return handler


def policy_of(view_func: Callable, method: str) -> Policy | None:
    """The policy of the handler that will serve `method`: a class-based view's method handler
    (HEAD is served by GET), or a function view itself."""
    view_class = getattr(view_func, "view_class", None)
    if view_class is None:
        return getattr(view_func, _ATTRIBUTE, None)
    name = method.lower()
    handler = getattr(view_class, name, None) or (getattr(view_class, "get", None) if name == "head" else None)
    return getattr(handler, _ATTRIBUTE, None)


def presented_token(request: HttpRequest) -> str | None:
    """The token of `Authorization: Token <jwt>`; None when the header is absent."""
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    if scheme.lower() not in _SCHEMES or not token or " " in token:
        raise Unauthenticated("the Authorization header must read 'Token <jwt>'")
    return token


def caller_id(request: HttpRequest) -> int:
    """The authenticated caller of a view marked @auth_required."""
    user_id = getattr(request, "caller_id", None)
    if user_id is None:
        raise Unauthenticated("a token is required")
    return user_id


def viewer_id(request: HttpRequest) -> int | None:
    """The caller of a view marked @auth_optional, or None for an anonymous one."""
    return getattr(request, "caller_id", None)
