from collections.abc import Callable
from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from conduit.repositories.articles import ArticleRepository
from conduit.repositories.base import write_or_conflict
from conduit.repositories.comments import CommentRepository
from conduit.repositories.tags import TagRepository
from conduit.repositories.users import UserRepository


class UnitOfWork:
    """One session, so one transaction, per use case.

    `async with factory() as uow:` opens a session and its repositories; `await uow.commit()`
    makes the changes durable; leaving the block closes the session, which rolls back whatever
    was not committed and returns the connection to the pool.
    """

    users: UserRepository
    articles: ArticleRepository
    comments: CommentRepository
    tags: TagRepository

    def __init__(self, sessions: async_sessionmaker[AsyncSession]):
        self._sessions = sessions
        self._session: AsyncSession | None = None

    async def __aenter__(self) -> "UnitOfWork":
        session = self._session = self._sessions()
        self.users = UserRepository(session)
        self.articles = ArticleRepository(session)
        self.comments = CommentRepository(session)
        self.tags = TagRepository(session)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def commit(self) -> None:
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        await write_or_conflict(self._session, commit=True)


UnitOfWorkFactory = Callable[[], UnitOfWork]
