from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.features.articles.models import Article


class ArticleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get_by_slug(self, slug: str) -> Article | None:
        stmt = select(Article).options(joinedload(Article.author)).where(Article.slug == slug)
        return self.session.scalars(stmt).first()

    def list(self, limit: int, offset: int) -> list[Article]:
        stmt = select(Article).options(joinedload(Article.author)).order_by(Article.created_at.desc())
        return list(self.session.scalars(stmt.limit(limit).offset(offset)))

    def add(self, article: Article) -> Article:
        self.session.add(article)
        self.session.commit()
        self.session.refresh(article)
        return article

    def delete(self, article: Article) -> None:
        self.session.delete(article)
        self.session.commit()
