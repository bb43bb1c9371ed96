from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.entities.article import Article
from app.core.ports.repositories import ArticleRepository
from app.infrastructure.db.models import ArticleModel


def _to_entity(row: ArticleModel) -> Article:
    return Article(id=row.id, slug=row.slug, title=row.title, description=row.description, body=row.body,
                   author_id=row.author_id, tags=[t for t in row.tag_list.split(",") if t],
                   created_at=row.created_at, updated_at=row.updated_at)


class SqlAlchemyArticleRepository(ArticleRepository):
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_by_slug(self, slug: str) -> Article | None:
        row = await self._session.scalar(select(ArticleModel).where(ArticleModel.slug == slug))
        return _to_entity(row) if row else None

    async def list(self, *, tag: str | None, limit: int, offset: int) -> list[Article]:
        stmt = select(ArticleModel).order_by(ArticleModel.created_at.desc()).limit(limit).offset(offset)
        if tag:
            stmt = stmt.where(ArticleModel.tag_list.contains(tag))
        rows = await self._session.scalars(stmt)
        return [_to_entity(r) for r in rows]

    async def add(self, article: Article) -> Article:
        row = ArticleModel(slug=article.slug, title=article.title, description=article.description,
                           body=article.body, author_id=article.author_id, tag_list=",".join(article.tags))
        self._session.add(row)
        await self._session.commit()
        await self._session.refresh(row)
        return _to_entity(row)
