from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Article:
    slug: str
    title: str
    description: str
    body: str
    author_id: int
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
