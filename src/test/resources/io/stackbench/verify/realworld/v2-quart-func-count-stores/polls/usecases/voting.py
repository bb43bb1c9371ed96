from polls.stores.poll_store import PollStore


class PollClosed(Exception):
    pass


class AlreadyVoted(Exception):
    pass


class PollMissing(Exception):
    pass


class Voting:
    def __init__(self, store: PollStore) -> None:
        self.store = store

    async def cast_vote(self, poll_id: int, option_id: int, voter: str) -> None:
        poll = await self.store.get(poll_id)
        if poll is None:
            raise PollMissing(poll_id)
        if poll.closed:
            raise PollClosed(poll_id)
        if await self.store.has_voted(poll_id, voter):
            raise AlreadyVoted(voter)
        await self.store.add_vote(option_id, voter)

    async def results(self, poll_id: int) -> dict:
        if await self.store.get(poll_id) is None:
            raise PollMissing(poll_id)
        tally = await self.store.tally(poll_id)
        total = sum(votes for _, votes in tally) or 1
        return {"total": total, "options": [{"label": l, "votes": v, "share": round(v / total, 3)} for l, v in tally]}
