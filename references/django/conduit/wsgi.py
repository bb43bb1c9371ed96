"""WSGI entry point for gunicorn (`conduit.wsgi:application`) and for `manage.py runserver`."""

from conduit.composition import build_application

application = build_application()
