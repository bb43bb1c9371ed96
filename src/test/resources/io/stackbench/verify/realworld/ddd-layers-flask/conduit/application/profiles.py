from conduit.domain.user import User
from conduit.domain.repositories import UserRepository


class ProfileNotFound(Exception):
    pass


class ProfileService:
    def __init__(self, users: UserRepository) -> None:
        self._users = users

    def get_profile(self, username: str) -> User:
        user = self._users.get_by_username(username)
        if user is None:
            raise ProfileNotFound(username)
        return user
