from conduit.models import User
from conduit.repositories import UnitOfWork, UnitOfWorkFactory
from conduit.services.errors import NotFound
from conduit.services.retry import retry_on_conflict
from conduit.services.views import ProfileView, profile_view


class ProfileService:
    def __init__(self, units: UnitOfWorkFactory):
        self._units = units

    async def get(self, username: str, viewer_id: int | None) -> ProfileView:
        async with self._units() as uow:
            user = await self._named(uow, username)
            following = viewer_id is not None and user.id in await uow.users.followed_among(viewer_id, [user.id])
            return profile_view(user, following)

    @retry_on_conflict
    async def follow(self, username: str, follower_id: int) -> ProfileView:
        async with self._units() as uow:
            followee = await self._named(uow, username)
            await uow.users.follow(follower_id, followee.id)
            await uow.commit()
            return profile_view(followee, True)

    @retry_on_conflict
    async def unfollow(self, username: str, follower_id: int) -> ProfileView:
        async with self._units() as uow:
            followee = await self._named(uow, username)
            await uow.users.unfollow(follower_id, followee.id)
            await uow.commit()
            return profile_view(followee, False)

    @staticmethod
    async def _named(uow: UnitOfWork, username: str) -> User:
        user = await uow.users.by_username(username)
        if user is None:
            raise NotFound("profile not found")
        return user
