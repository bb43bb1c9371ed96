from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured

from conduit.services import ServiceRegistry


class RoutesConfig(AppConfig):
    name = "conduit.routes"
    label = "conduit_routes"
    verbose_name = "Conduit API"

    _services: ServiceRegistry | None = None

    def provide(self, services: ServiceRegistry) -> None:
        """Called once by the composition root, before the first request."""
        self._services = services

    @property
    def services(self) -> ServiceRegistry:
        if self._services is None:
            raise ImproperlyConfigured("the Conduit services were not provided to the routes app")
        return self._services
