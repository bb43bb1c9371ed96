from dataclasses import dataclass, field
from datetime import datetime, timezone


@dataclass
class Article:
    slug: str
    title: str
    description: str
    body: str
    author_id: int
    tags: list[str] = field(default_factory=list)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    id: int | None = None

    def rename(self, title: str, slug: str) -> None:
        self.title = title
        self.slug = slug
