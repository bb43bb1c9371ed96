"""Django settings. Django provides routing, views and middleware; SQLAlchemy does every read
and write (see conduit/database.py and conduit/composition.py)."""

from conduit import config

SECRET_KEY = config.DJANGO_SECRET_KEY
DEBUG = False
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = ["conduit.routes.apps.RoutesConfig"]

# CsrfViewMiddleware is left out on purpose: this JSON API authenticates with an
# `Authorization: Token` header, never with cookies, so a cross-site request carries no ambient
# credential to abuse, and a CSRF check would only reject legitimate API clients.
# No session or auth middleware either: there are no cookies and no django.contrib apps.
MIDDLEWARE = [
    "conduit.routes.middleware.DomainErrorMiddleware",
    "conduit.routes.middleware.TokenAuthenticationMiddleware",
]

ROOT_URLCONF = "conduit.urls"
WSGI_APPLICATION = "conduit.wsgi.application"

# Deliberately empty: Django's ORM is not used, SQLAlchemy owns the schema and the data.
DATABASES: dict = {}

USE_TZ = True
TIME_ZONE = "UTC"
USE_I18N = False
APPEND_SLASH = False

# Unhandled errors go to stderr (gunicorn's log) even with DEBUG off.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {"django": {"handlers": ["stderr"], "level": "WARNING"}},
}
