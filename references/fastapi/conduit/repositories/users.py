from collections.abc import Collection

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from conduit.models import Follow, User
from conduit.repositories.session import flush


class UserRepository:
    def __init__(self, session: Session):
        self._session = session

    def add(self, user: User) -> User:
        self._session.add(user)
        flush(self._session)
        return user

    def save(self, user: User) -> None:
        flush(self._session)

    def get(self, user_id: int) -> User | None:
        return self._session.get(User, user_id)

    def find_by_username(self, username: str) -> User | None:
        return self._session.scalars(select(User).where(User.username == username)).one_or_none()

    def find_by_email(self, email: str) -> User | None:
        return self._session.scalars(select(User).where(User.email == email)).one_or_none()

    def is_following(self, follower_id: int, followee_id: int) -> bool:
        query = select(exists().where(Follow.follower_id == follower_id, Follow.followee_id == followee_id))
        return bool(self._session.scalar(query))

    def followed_among(self, follower_id: int, candidate_ids: Collection[int]) -> set[int]:
        if not candidate_ids:
            return set()
        query = select(Follow.followee_id).where(
            Follow.follower_id == follower_id, Follow.followee_id.in_(set(candidate_ids))
        )
        return set(self._session.scalars(query))

    def follow(self, follower_id: int, followee_id: int) -> None:
        if not self.is_following(follower_id, followee_id):
            self._session.add(Follow(follower_id=follower_id, followee_id=followee_id))
            flush(self._session)

    def unfollow(self, follower_id: int, followee_id: int) -> None:
        self._session.execute(
            delete(Follow).where(Follow.follower_id == follower_id, Follow.followee_id == followee_id)
        )
