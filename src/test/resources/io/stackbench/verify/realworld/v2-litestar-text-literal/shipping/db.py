import os
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

engine = create_async_engine(
    os.environ.get("DATABASE_URL", "postgresql+asyncpg://shipping:shipping@localhost:5432/shipping"),
    pool_size=10,
)
session_factory = async_sessionmaker(engine, expire_on_commit=False)


async def provide_session() -> AsyncIterator[AsyncSession]:
    async with session_factory() as session:
        yield session
