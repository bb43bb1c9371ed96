from conduit.models import User
from conduit.repositories import UnitOfWork, UserRepository
from conduit.services.errors import AuthenticationError, NotFound
from conduit.services.presenters import profile_of
from conduit.services.retry import retry_on_conflict
from conduit.services.views import ProfileView


class ProfileService:
    def __init__(self, users: UserRepository, uow: UnitOfWork):
        self._users = users
        self._uow = uow

    def get(self, username: str, viewer_id: int | None) -> ProfileView:
        user = self._named(username)
        following = viewer_id is not None and self._users.is_following(viewer_id, user.id)
        return profile_of(user, following)

    @retry_on_conflict
    def follow(self, username: str, follower_id: int) -> ProfileView:
        followee = self._named(username)
        self._users.follow(self._follower(follower_id), followee)
        self._uow.commit()
        return profile_of(followee, True)

    @retry_on_conflict
    def unfollow(self, username: str, follower_id: int) -> ProfileView:
        followee = self._named(username)
        self._users.unfollow(self._follower(follower_id), followee)
        self._uow.commit()
        return profile_of(followee, False)

    def _named(self, username: str) -> User:
        user = self._users.by_username(username)
        if user is None:
            raise NotFound("profile not found")
        return user

    def _follower(self, user_id: int) -> User:
        user = self._users.get(user_id)
        if user is None:
            raise AuthenticationError("user no longer exists")
        return user
