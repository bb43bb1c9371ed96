from conduit.models import User
from conduit.repositories import UnitOfWork
from conduit.services.errors import InvalidInput, NotFound
from conduit.services.results import ProfileData
from conduit.services.transactions import transactional


def profile_of(user: User, following: bool) -> ProfileData:
    return ProfileData(username=user.username, bio=user.bio, image=user.image, following=following)


class ProfileService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def get(self, username: str, viewer_id: int | None) -> ProfileData:
        user = self._named(username)
        following = viewer_id is not None and self._uow.users.is_following(viewer_id, user.id)
        return profile_of(user, following)

    def follow(self, username: str, follower_id: int) -> ProfileData:
        def follow() -> User:
            followee = self._named(username)
            if followee.id == follower_id:
                raise InvalidInput("you cannot follow yourself")
            self._uow.users.follow(follower_id, followee.id)
            return followee

        return profile_of(transactional(self._uow, follow), following=True)

    def unfollow(self, username: str, follower_id: int) -> ProfileData:
        def unfollow() -> User:
            followee = self._named(username)
            self._uow.users.unfollow(follower_id, followee.id)
            return followee

        return profile_of(transactional(self._uow, unfollow), following=False)

    def _named(self, username: str) -> User:
        user = self._uow.users.find_by_username(username)
        if user is None:
            raise NotFound(f"profile {username!r} not found")
        return user
