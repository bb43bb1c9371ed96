from collections.abc import Iterable

from sqlalchemy import select

from conduit.models import User, follows
from conduit.repositories.session import SessionBound


class UserRepository(SessionBound):
    def add(self, user: User) -> User:
        self._session.add(user)
        self._flush()
        return user

    def save(self, user: User) -> User:
        self._flush()
        return user

    def by_id(self, user_id: int) -> User | None:
        return self._session.get(User, user_id)

    def by_username(self, username: str) -> User | None:
        return self._session.scalars(select(User).where(User.username == username)).one_or_none()

    def by_email(self, email: str) -> User | None:
        return self._session.scalars(select(User).where(User.email == email)).one_or_none()

    def followed_ids(self, follower_id: int, among: Iterable[int]) -> set[int]:
        """Which of the users `among` the follower follows."""
        candidates = set(among)
        if not candidates:
            return set()
        stmt = select(follows.c.followed_id).where(
            follows.c.follower_id == follower_id, follows.c.followed_id.in_(candidates)
        )
        return set(self._session.scalars(stmt))

    def follow(self, follower: User, followed: User) -> None:
        if followed not in follower.followed:
            follower.followed.append(followed)
            self._flush()

    def unfollow(self, follower: User, followed: User) -> None:
        if followed in follower.followed:
            follower.followed.remove(followed)
            self._flush()
