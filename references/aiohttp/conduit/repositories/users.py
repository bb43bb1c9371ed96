from collections.abc import Iterable

from sqlalchemy import select

from conduit.models import Follow, User
from conduit.repositories.base import Repository


class UserRepository(Repository):
    async def add(self, user: User) -> User:
        self._session.add(user)
        await self._flush()
        return user

    async def save(self) -> None:
        await self._flush()

    async def get(self, user_id: int) -> User | None:
        return await self._session.get(User, user_id)

    async def by_username(self, username: str) -> User | None:
        return await self._session.scalar(select(User).where(User.username == username))

    async def by_email(self, email: str) -> User | None:
        return await self._session.scalar(select(User).where(User.email == email))

    async def followed_among(self, follower_id: int, candidate_ids: Iterable[int]) -> set[int]:
        """The subset of `candidate_ids` that `follower_id` follows."""
        ids = set(candidate_ids)
        if not ids:
            return set()
        stmt = select(Follow.followee_id).where(Follow.follower_id == follower_id, Follow.followee_id.in_(ids))
        return set(await self._session.scalars(stmt))

    async def follow(self, follower_id: int, followee_id: int) -> None:
        if await self._follow(follower_id, followee_id) is None:
            self._session.add(Follow(follower_id=follower_id, followee_id=followee_id))
            await self._flush()

    async def unfollow(self, follower_id: int, followee_id: int) -> None:
        follow = await self._follow(follower_id, followee_id)
        if follow is not None:
            await self._session.delete(follow)
            await self._flush()

    async def _follow(self, follower_id: int, followee_id: int) -> Follow | None:
        return await self._session.get(Follow, {"follower_id": follower_id, "followee_id": followee_id})
