from flask import current_app

from conduit.services import ServiceRegistry

EXTENSION_KEY = "conduit.services"


def services() -> ServiceRegistry:
    return current_app.extensions[EXTENSION_KEY]
