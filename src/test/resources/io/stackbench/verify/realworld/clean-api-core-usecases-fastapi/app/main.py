from fastapi import FastAPI

from app.api.routers import articles, users
from app.core.config import settings


def create_app() -> FastAPI:
    app = FastAPI(title="Conduit API")
    app.include_router(users.router, prefix=settings.api_prefix)
    app.include_router(articles.router, prefix=settings.api_prefix)
    return app


app = create_app()
