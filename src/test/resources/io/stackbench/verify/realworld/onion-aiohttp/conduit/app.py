from aiohttp import web
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from conduit import settings
from conduit.core.services.articles import ArticleService
from conduit.core.services.profiles import ProfileService
from conduit.infrastructure.persistence.mapping import start_mappers
from conduit.infrastructure.persistence.repositories import SqlAlchemyArticleRepository, SqlAlchemyUserRepository
from conduit.web.handlers import articles, profiles


@web.middleware
async def fake_auth(request: web.Request, handler):
    request["user_id"] = int(request.headers.get("X-User-Id", "0"))
    return await handler(request)


def create_app() -> web.Application:
    start_mappers()
    engine = create_async_engine(settings.DATABASE_URL)
    sessions = async_sessionmaker(engine, expire_on_commit=False)

    app = web.Application(middlewares=[fake_auth])
    app["article_service"] = ArticleService(SqlAlchemyArticleRepository(sessions))
    app["profile_service"] = ProfileService(SqlAlchemyUserRepository(sessions))
    app.add_routes(articles.routes)
    app.add_routes(profiles.routes)
    app.on_cleanup.append(lambda _: engine.dispose())
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=settings.PORT)
