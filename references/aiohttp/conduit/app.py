"""Composition root: the engine and schema (at startup), repositories, services, and the
aiohttp application with the API mounted under /api."""

from collections.abc import AsyncIterator

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from conduit import config
from conduit.db import create_schema, make_engine, make_session_factory
from conduit.repositories import UnitOfWork
from conduit.routes import API_PREFIX, SERVICES, create_api
from conduit.services import (
    ArticleService,
    CommentService,
    ProfileService,
    ServiceRegistry,
    TagService,
    TokenIssuer,
    UserService,
)


def build_services(sessions: async_sessionmaker[AsyncSession]) -> ServiceRegistry:
    def unit_of_work() -> UnitOfWork:
        return UnitOfWork(sessions)

    tokens = TokenIssuer(config.JWT_SECRET, config.JWT_TTL_SECONDS)
    return ServiceRegistry(
        users=UserService(unit_of_work, tokens),
        profiles=ProfileService(unit_of_work),
        articles=ArticleService(unit_of_work),
        comments=CommentService(unit_of_work),
        tags=TagService(unit_of_work),
    )


def database(url: str, pool_size: int):
    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        # Runs before the server accepts connections: the schema exists before the first request.
        engine = make_engine(url, pool_size)
        await create_schema(engine)
        app[SERVICES] = build_services(make_session_factory(engine))
        yield
        await engine.dispose()

    return lifecycle


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(database(config.DATABASE_URL, config.DATABASE_POOL_SIZE))
    app.add_subapp(API_PREFIX, create_api())
    return app
