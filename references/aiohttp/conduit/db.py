"""The asyncio engine, its session factory, and schema creation."""

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from conduit.models import Base


def make_engine(url: str, pool_size: int) -> AsyncEngine:
    # A fixed pool (no overflow): a unit of work that finds every connection busy waits for one.
    # pool_pre_ping replaces connections the database closed while they sat idle in the pool.
    return create_async_engine(url, pool_size=pool_size, max_overflow=0, pool_pre_ping=True)


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: objects stay readable after commit (an asyncio session cannot
    # reload attributes lazily). autoflush=False: writes reach the database where repositories
    # flush, which is where a broken uniqueness rule becomes a Conflict.
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


async def create_schema(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
