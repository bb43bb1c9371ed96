from fastapi import FastAPI

from app.routers import articles, profiles

app = FastAPI(title="Conduit")
app.include_router(articles.router, prefix="/api")
app.include_router(profiles.router, prefix="/api")
