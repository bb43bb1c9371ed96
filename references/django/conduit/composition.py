"""Composition root: configures Django, builds the database layer, repositories and services,
hands the services to the routes app and returns the WSGI application."""

import os

import django
from django.apps import apps
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished
from sqlalchemy.orm import scoped_session

from conduit import config
from conduit.database import create_schema, make_engine, make_sessions
from conduit.repositories import (
    ArticleRepository,
    CommentRepository,
    TagRepository,
    Transaction,
    UserRepository,
)
from conduit.routes.apps import RoutesConfig
from conduit.services import (
    ArticleService,
    CommentService,
    PasswordHasher,
    ProfileService,
    ServiceRegistry,
    TagService,
    TokenService,
    UserService,
)


def build_services(sessions: scoped_session) -> ServiceRegistry:
    users = UserRepository(sessions)
    articles = ArticleRepository(sessions)
    comments = CommentRepository(sessions)
    tags = TagRepository(sessions)
    transaction = Transaction(sessions)
    tokens = TokenService(config.JWT_SECRET, config.JWT_LIFETIME_SECONDS)
    return ServiceRegistry(
        users=UserService(users, transaction, tokens, PasswordHasher()),
        profiles=ProfileService(users, transaction),
        articles=ArticleService(articles, users, tags, transaction),
        comments=CommentService(comments, articles, users, transaction),
        tags=TagService(tags),
    )


def build_application(database_url: str | None = None) -> WSGIHandler:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conduit.settings")
    django.setup(set_prefix=False)

    engine = make_engine(database_url or config.DATABASE_URL)
    create_schema(engine)
    sessions = make_sessions(engine)

    routes_app = apps.get_app_config(RoutesConfig.label)
    routes_app.provide(build_services(sessions))

    def end_session(**_kwargs) -> None:
        # Runs in the request's thread once the response is closed: rolls back whatever the
        # request left open and returns the connection to the pool.
        sessions.remove()

    request_finished.connect(end_session, weak=False, dispatch_uid="conduit.end_session")
    return WSGIHandler()
