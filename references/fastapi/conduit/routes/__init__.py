"""HTTP layer: FastAPI routers, request/response schemas, dependencies and error mapping.
It calls the services only; data access stays below them."""

from fastapi import APIRouter

from conduit.routes import articles, comments, health, profiles, tags, users
from conduit.routes.errors import install_error_handlers

API_PREFIX = "/api"

api_router = APIRouter(prefix=API_PREFIX)
for _module in (health, users, profiles, articles, comments, tags):
    api_router.include_router(_module.router)

__all__ = ["API_PREFIX", "api_router", "install_error_handlers"]
