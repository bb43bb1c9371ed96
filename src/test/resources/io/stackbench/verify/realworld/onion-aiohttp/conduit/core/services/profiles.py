from conduit.core.domain.models import User
from conduit.core.domain.repositories import UserRepository


class ProfileNotFound(LookupError):
    pass


class ProfileService:
    def __init__(self, users: UserRepository) -> None:
        self._users = users

    async def get(self, username: str) -> User:
        user = await self._users.by_username(username)
        if user is None:
            raise ProfileNotFound(username)
        return user
