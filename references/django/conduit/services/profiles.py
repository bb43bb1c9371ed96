from conduit.models import User
from conduit.repositories import Transaction, UserRepository
from conduit.services.errors import NotFound, Unauthenticated
from conduit.services.presenters import profile_of
from conduit.services.results import ProfileResult
from conduit.services.transactions import atomically


class ProfileService:
    """Public profiles and following."""

    def __init__(self, users: UserRepository, transaction: Transaction):
        self._users = users
        self._transaction = transaction

    def get(self, username: str, viewer_id: int | None) -> ProfileResult:
        user = self._named(username)
        following = viewer_id is not None and user.id in self._users.followed_ids(viewer_id, [user.id])
        return profile_of(user, following)

    def follow(self, username: str, follower_id: int) -> ProfileResult:
        def work() -> ProfileResult:
            followed = self._named(username)
            self._users.follow(self._caller(follower_id), followed)
            return profile_of(followed, True)

        return atomically(self._transaction, work)

    def unfollow(self, username: str, follower_id: int) -> ProfileResult:
        def work() -> ProfileResult:
            followed = self._named(username)
            self._users.unfollow(self._caller(follower_id), followed)
            return profile_of(followed, False)

        return atomically(self._transaction, work)

    def _named(self, username: str) -> User:
        user = self._users.by_username(username)
        if user is None:
            raise NotFound(fields={"profile": ["not found"]})
        return user

    def _caller(self, user_id: int) -> User:
        user = self._users.by_id(user_id)
        if user is None:
            raise Unauthenticated("the token's user no longer exists")
        return user
