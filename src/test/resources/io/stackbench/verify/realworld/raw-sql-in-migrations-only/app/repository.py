from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.models import Article, Tag, article_tags


def article_by_slug(session: Session, slug: str) -> Article | None:
    return session.scalar(select(Article).options(selectinload(Article.tags)).where(Article.slug == slug))


def popular_tags(session: Session, limit: int = 20) -> list[str]:
    stmt = (select(Tag.name)
            .join(article_tags, article_tags.c.tag_id == Tag.id)
            .group_by(Tag.name)
            .order_by(func.count(article_tags.c.article_id).desc())
            .limit(limit))
    return list(session.scalars(stmt))
