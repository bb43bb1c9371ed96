from collections.abc import Iterable

from sqlalchemy import select

from conduit.models import User, follows
from conduit.repositories.base import Repository


class UserRepository(Repository):
    def add(self, user: User) -> User:
        self._session.add(user)
        self._flush()
        return user

    def save(self) -> None:
        self._flush()

    def get(self, user_id: int) -> User | None:
        return self._session.get(User, user_id)

    def by_username(self, username: str) -> User | None:
        return self._session.scalar(select(User).where(User.username == username))

    def by_email(self, email: str) -> User | None:
        return self._session.scalar(select(User).where(User.email == email))

    def is_following(self, follower_id: int, followee_id: int) -> bool:
        return bool(self.followed_among(follower_id, [followee_id]))

    def followed_among(self, follower_id: int, candidate_ids: Iterable[int]) -> set[int]:
        ids = set(candidate_ids)
        if not ids:
            return set()
        stmt = select(follows.c.followee_id).where(follows.c.follower_id == follower_id, follows.c.followee_id.in_(ids))
        return set(self._session.scalars(stmt))

    def follow(self, follower: User, followee: User) -> None:
        if followee not in follower.following:
            follower.following.append(followee)
            self._flush()

    def unfollow(self, follower: User, followee: User) -> None:
        if followee in follower.following:
            follower.following.remove(followee)
            self._flush()
