from contextlib import asynccontextmanager

from beanie import init_beanie
from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient

from app.config import settings
from app.documents.recipe import Recipe
from app.routers import recipes


@asynccontextmanager
async def lifespan(app: FastAPI):
    client = AsyncIOMotorClient(settings.mongodb_url)
    await init_beanie(database=client[settings.mongodb_db], document_models=[Recipe])
    yield
    client.close()


app = FastAPI(title="Recipe box", lifespan=lifespan)
app.include_router(recipes.router)
