"""HTTP layer: one route table per resource, request parsing, authentication and error
mapping as middlewares, JSON serializers. Reaches the use cases only through `services`."""

from aiohttp import web

from conduit.routes import articles, comments, health, profiles, tags, users
from conduit.routes.auth import authentication
from conduit.routes.context import SERVICES
from conduit.routes.errors import error_mapping

API_PREFIX = "/api"

__all__ = ["API_PREFIX", "SERVICES", "create_api"]


def create_api() -> web.Application:
    """The Conduit API as an application to mount under API_PREFIX. Errors are mapped outside
    authentication, so a rejected token becomes a JSON 401 too."""
    api = web.Application(middlewares=[error_mapping, authentication])
    for module in (health, users, profiles, articles, comments, tags):
        api.add_routes(module.routes)
    return api
