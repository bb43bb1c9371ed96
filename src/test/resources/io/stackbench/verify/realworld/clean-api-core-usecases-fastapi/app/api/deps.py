from collections.abc import AsyncIterator

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import settings
from app.core.ports.repositories import ArticleRepository, UserRepository
from app.core.use_cases.articles import ArticleUseCases
from app.core.use_cases.users import UserUseCases
from app.infrastructure.db.session import make_session_factory
from app.infrastructure.repositories.articles import SqlAlchemyArticleRepository
from app.infrastructure.repositories.users import SqlAlchemyUserRepository

SessionFactory = make_session_factory(settings.database_url)


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionFactory() as session:
        yield session


def get_article_repository(session: AsyncSession = Depends(get_session)) -> ArticleRepository:
    return SqlAlchemyArticleRepository(session)


def get_user_repository(session: AsyncSession = Depends(get_session)) -> UserRepository:
    return SqlAlchemyUserRepository(session)


def get_article_use_cases(articles: ArticleRepository = Depends(get_article_repository)) -> ArticleUseCases:
    return ArticleUseCases(articles)


def get_user_use_cases(users: UserRepository = Depends(get_user_repository)) -> UserUseCases:
    return UserUseCases(users)
