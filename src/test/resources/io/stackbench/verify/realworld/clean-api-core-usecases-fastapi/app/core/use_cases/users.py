import hashlib

from app.core.entities.user import User
from app.core.ports.repositories import UserRepository


class InvalidCredentials(Exception):
    pass


class UserUseCases:
    def __init__(self, users: UserRepository) -> None:
        self._users = users

    async def register(self, username: str, email: str, password: str) -> User:
        password_hash = hashlib.sha256(password.encode()).hexdigest()
        return await self._users.add(User(username=username, email=email, password_hash=password_hash))

    async def login(self, email: str, password: str) -> User:
        user = await self._users.get_by_email(email)
        if user is None or user.password_hash != hashlib.sha256(password.encode()).hexdigest():
            raise InvalidCredentials()
        return user
