from fastapi import FastAPI

from app.db.base import Base
from app.db.session import engine
from app.features.articles import models as article_models  # noqa: F401  (register tables)
from app.features.articles.router import router as articles_router
from app.features.users.router import router as users_router

Base.metadata.create_all(bind=engine)

app = FastAPI(title="Conduit")
app.include_router(users_router, prefix="/api")
app.include_router(articles_router, prefix="/api")
