from passlib.context import CryptContext

from app.features.users.models import User
from app.features.users.repository import UserRepository

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")


class EmailTaken(Exception):
    pass


class UserService:
    def __init__(self, repository: UserRepository) -> None:
        self.repository = repository

    def register(self, username: str, email: str, password: str) -> User:
        if self.repository.get_by_email(email):
            raise EmailTaken(email)
        return self.repository.create(username, email, pwd_context.hash(password))

    def authenticate(self, email: str, password: str) -> User | None:
        user = self.repository.get_by_email(email)
        if user and pwd_context.verify(password, user.hashed_password):
            return user
        return None
