from fastapi import FastAPI

from app.api import articles

app = FastAPI(title="Conduit")
app.include_router(articles.router)
