from passlib.hash import bcrypt

from app.models import User
from app.repositories.users import UserRepository


class InvalidCredentials(Exception):
    pass


class AuthService:
    def __init__(self, users: UserRepository) -> None:
        self.users = users

    def register(self, username: str, email: str, password: str) -> User:
        return self.users.add(User(username=username, email=email, password_hash=bcrypt.hash(password)))

    def login(self, email: str, password: str) -> User:
        user = self.users.by_email(email)
        if user is None or not bcrypt.verify(password, user.password_hash):
            raise InvalidCredentials()
        return user
