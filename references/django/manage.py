#!/usr/bin/env python
"""Django's command-line utility; `python manage.py runserver 0.0.0.0:8080` serves the same
WSGI application (settings.WSGI_APPLICATION) as gunicorn does in run.sh."""
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conduit.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
