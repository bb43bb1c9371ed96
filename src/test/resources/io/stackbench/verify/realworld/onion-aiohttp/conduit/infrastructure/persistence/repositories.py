from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from conduit.core.domain.models import Article, User


class SqlAlchemyArticleRepository:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def by_slug(self, slug: str) -> Article | None:
        async with self._sessions() as session:
            result = await session.execute(select(Article).where(Article.slug == slug))
            return result.scalar_one_or_none()

    async def recent(self, limit: int, offset: int) -> list[Article]:
        async with self._sessions() as session:
            result = await session.execute(
                select(Article).order_by(Article.created_at.desc()).limit(limit).offset(offset)
            )
            return list(result.scalars())

    async def add(self, article: Article) -> None:
        async with self._sessions() as session, session.begin():
            session.add(article)


class SqlAlchemyUserRepository:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def by_username(self, username: str) -> User | None:
        async with self._sessions() as session:
            result = await session.execute(select(User).where(User.username == username))
            return result.scalar_one_or_none()
