"""Root URLconf: the API lives under /api; unknown paths and crashes answer JSON."""

from django.urls import include, path

urlpatterns = [
    path("api/", include("conduit.routes.urls")),
]

handler404 = "conduit.routes.errors.not_found"
handler500 = "conduit.routes.errors.server_error"
