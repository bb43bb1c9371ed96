"""HTTP layer: blueprints, request parsing, authentication and error mapping."""

from flask import Flask

from conduit.routes import articles, comments, health, profiles, tags, users
from conduit.routes.context import EXTENSION_KEY
from conduit.routes.errors import register_error_handlers
from conduit.services import ServiceRegistry

API_PREFIX = "/api"


def register_routes(app: Flask, registry: ServiceRegistry) -> None:
    app.extensions[EXTENSION_KEY] = registry
    for module in (health, users, profiles, articles, comments, tags):
        app.register_blueprint(module.bp, url_prefix=API_PREFIX)
    register_error_handlers(app)
