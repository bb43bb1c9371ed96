from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import Article


class ArticleRepository:
    def __init__(self, db: Session) -> None:
        self.db = db

    def get_by_slug(self, slug: str) -> Article | None:
        return self.db.scalar(select(Article).options(selectinload(Article.tags)).where(Article.slug == slug))

    def list_recent(self, limit: int, offset: int) -> list[Article]:
        stmt = select(Article).options(selectinload(Article.tags)).order_by(Article.id.desc()).limit(limit).offset(offset)
        return list(self.db.scalars(stmt))
