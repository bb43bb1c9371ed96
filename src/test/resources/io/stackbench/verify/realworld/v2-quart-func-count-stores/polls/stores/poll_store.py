from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from polls.tables import Option, Poll, Vote


class PollStore:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, poll_id: int) -> Poll | None:
        return await self._session.get(Poll, poll_id)

    async def tally(self, poll_id: int) -> list[tuple[str, int]]:
        stmt = (
            select(Option.label, func.count(Vote.id).label("votes"))
            .join(Vote, Vote.option_id == Option.id, isouter=True)
            .where(Option.poll_id == poll_id)
            .group_by(Option.id)
            .order_by(func.count(Vote.id).desc(), func.lower(Option.label))
        )
        return [(row.label, row.votes) for row in await self._session.execute(stmt)]

    async def has_voted(self, poll_id: int, voter: str) -> bool:
        stmt = select(func.count()).select_from(Vote).join(Option).where(Option.poll_id == poll_id, Vote.voter == voter)
        return (await self._session.scalar(stmt)) > 0

    async def add_vote(self, option_id: int, voter: str) -> None:
        self._session.add(Vote(option_id=option_id, voter=voter))
        await self._session.commit()
