"""Typed keys for what handlers read from the application and the request."""

from aiohttp import web

from conduit.services import ServiceRegistry

# Set by the composition root once the database is ready; handlers read it via config_dict.
SERVICES = web.AppKey("services", ServiceRegistry)
# The authenticated caller's user id, or None for an anonymous call (set by the auth middleware).
CALLER = web.RequestKey("caller", int)


def services(request: web.Request) -> ServiceRegistry:
    return request.config_dict[SERVICES]


def caller(request: web.Request) -> int | None:
    return request.get(CALLER)


def current_user(request: web.Request) -> int:
    """The caller of a handler marked auth_required; the middleware guarantees there is one."""
    user_id = request.get(CALLER)
    if user_id is None:
        raise RuntimeError("handler is not marked auth_required")
    return user_id
