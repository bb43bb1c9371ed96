from django.urls import include, path

urlpatterns = [
    path("api/articles/", include("articles.urls")),
    path("api/profiles/", include("users.urls")),
]
