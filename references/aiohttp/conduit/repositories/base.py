from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from conduit.repositories.errors import Conflict


class Repository:
    def __init__(self, session: AsyncSession):
        self._session = session

    async def _flush(self) -> None:
        await write_or_conflict(self._session)


async def write_or_conflict(session: AsyncSession, commit: bool = False) -> None:
    """Sends pending changes (and commits them if asked); a broken uniqueness rule rolls the
    transaction back and surfaces as a Conflict."""
    try:
        if commit:
            await session.commit()
        else:
            await session.flush()
    except IntegrityError as exc:
        await session.rollback()
        raise Conflict(str(exc.orig)) from exc
