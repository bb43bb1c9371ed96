"""Composition root: the one module that knows every layer.

It opens the database (creating the schema) when the server starts, tells the routes how to
build a request's services from a session, and assembles the FastAPI application.
`run.sh` serves `conduit.main:app` with uvicorn."""

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy.orm import Session

from conduit import settings
from conduit.database import create_schema, make_engine, make_session_factory
from conduit.repositories import UnitOfWork
from conduit.routes import api_router, install_error_handlers
from conduit.services import (
    ArticleService,
    CommentService,
    ProfileService,
    Services,
    TagService,
    TokenService,
    UserService,
)


def services_factory(tokens: TokenService) -> Callable[[Session], Services]:
    """How a request's services are built from its database session (see routes/dependencies.py)."""

    def build(session: Session) -> Services:
        uow = UnitOfWork(session)
        return Services(
            users=UserService(uow, tokens),
            profiles=ProfileService(uow),
            articles=ArticleService(uow),
            comments=CommentService(uow),
            tags=TagService(uow),
        )

    return build


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    engine = make_engine(settings.DATABASE_URL)
    create_schema(engine)
    app.state.session_factory = make_session_factory(engine)
    app.state.services_factory = services_factory(TokenService(settings.JWT_SECRET, settings.TOKEN_LIFETIME))
    yield
    engine.dispose()


def create_app() -> FastAPI:
    app = FastAPI(title="Conduit API", version="1.0.0", lifespan=lifespan)
    install_error_handlers(app)
    app.include_router(api_router)
    return app


app = create_app()
