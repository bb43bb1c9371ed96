"""Token authentication as a middleware; handlers declare what they need with a decorator.

Handlers marked `auth_required` answer 401 without a valid `Authorization: Token <jwt>`.
Handlers marked `auth_optional` serve anonymous callers too, but a token that is sent must be
valid. Unmarked handlers (register, login, tags, health) ignore the header.
"""

import enum
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiohttp import web

from conduit.routes.context import CALLER, services
from conduit.services.errors import AuthenticationError

Handler = TypeVar("Handler", bound=Callable[[web.Request], Awaitable[web.StreamResponse]])

_POLICY_ATTRIBUTE = "conduit_auth_policy"
_SCHEMES = ("token", "bearer")


class _Policy(enum.Enum):
    REQUIRED = "required"
    OPTIONAL = "optional"


def auth_required(handler: Handler) -> Handler:
    setattr(handler, _POLICY_ATTRIBUTE, _Policy.REQUIRED)
    return handler


def auth_optional(handler: Handler) -> Handler:
    setattr(handler, _POLICY_ATTRIBUTE, _Policy.OPTIONAL)
    return handler


def _presented_token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    if scheme.lower() not in _SCHEMES or not token:
        raise AuthenticationError("the Authorization header must read 'Token <jwt>'")
    return token


@web.middleware
async def authentication(request: web.Request, handler: Callable) -> web.StreamResponse:
    # match_info.handler is the route's own function, whatever middlewares wrap it.
    policy = getattr(request.match_info.handler, _POLICY_ATTRIBUTE, None)
    if policy is not None:
        token = _presented_token(request)
        if token is not None:
            request[CALLER] = await services(request).users.authenticate(token)
        elif policy is _Policy.REQUIRED:
            raise AuthenticationError("authentication required")
        else:
            request[CALLER] = None
    return await handler(request)
