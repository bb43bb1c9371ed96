"""Composition root: builds the engine, repositories and services, then the Flask app."""

from flask import Flask

from conduit import config
from conduit.db import create_schema, make_engine, make_session_registry
from conduit.repositories import (
    ArticleRepository,
    CommentRepository,
    TagRepository,
    UnitOfWork,
    UserRepository,
)
from conduit.routes import register_routes
from conduit.services import (
    ArticleService,
    CommentService,
    ProfileService,
    ServiceRegistry,
    TagService,
    TokenIssuer,
    UserService,
)


def build_services(session) -> ServiceRegistry:
    users = UserRepository(session)
    articles = ArticleRepository(session)
    tags = TagRepository(session)
    comments = CommentRepository(session)
    uow = UnitOfWork(session)
    tokens = TokenIssuer(config.JWT_SECRET, config.JWT_TTL_SECONDS)
    return ServiceRegistry(
        users=UserService(users, uow, tokens),
        profiles=ProfileService(users, uow),
        articles=ArticleService(articles, users, tags, uow),
        comments=CommentService(comments, articles, users, uow),
        tags=TagService(tags),
    )


def create_app(database_url: str | None = None) -> Flask:
    engine = make_engine(database_url or config.DATABASE_URL)
    create_schema(engine)
    session = make_session_registry(engine)

    app = Flask(__name__)
    app.json.sort_keys = False
    app.url_map.strict_slashes = False
    register_routes(app, build_services(session))

    @app.teardown_appcontext
    def end_session(_exc):
        # Rolls back whatever a failed request left open and returns the connection to the pool.
        session.remove()

    return app
