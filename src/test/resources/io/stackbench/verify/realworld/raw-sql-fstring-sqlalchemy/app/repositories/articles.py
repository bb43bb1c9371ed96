from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import Article


class ArticleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list_recent(self, limit: int, offset: int) -> list[Article]:
        stmt = select(Article).order_by(Article.created_at.desc()).limit(limit).offset(offset)
        return list(self.session.scalars(stmt))

    def get_by_slug(self, slug: str) -> dict | None:
        query = f"SELECT id, slug, title, description, body, favorites_count FROM articles WHERE slug = '{slug}'"
        row = self.session.execute(text(query)).mappings().first()
        return dict(row) if row else None
