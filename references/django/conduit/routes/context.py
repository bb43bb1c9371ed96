from django.apps import apps

from conduit.services import ServiceRegistry


def services() -> ServiceRegistry:
    """The use cases the composition root handed to this app."""
    return apps.get_app_config("conduit_routes").services
