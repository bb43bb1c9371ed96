from datetime import datetime

from beanie import Document, Indexed
from pydantic import Field


class Recipe(Document):
    title: Indexed(str)
    tags: list[str] = []
    minutes: int
    steps: list[str]
    created_at: datetime = Field(default_factory=datetime.utcnow)

    class Settings:
        name = "recipes"
