from typing import Any

from conduit.models import User
from conduit.repositories import Conflict, UnitOfWork, UserRepository
from conduit.services.errors import AuthenticationError, ValidationError
from conduit.services.passwords import hash_password, verify_password
from conduit.services.tokens import TokenIssuer
from conduit.services.validation import optional_fields, required_fields
from conduit.services.views import UserView


class UserService:
    def __init__(self, users: UserRepository, uow: UnitOfWork, tokens: TokenIssuer):
        self._users = users
        self._uow = uow
        self._tokens = tokens

    def register(self, data: dict[str, Any]) -> UserView:
        fields = required_fields(data, "username", "email", "password")
        self._ensure_unique(fields["username"], fields["email"])
        user = User(
            username=fields["username"],
            email=fields["email"],
            password_hash=hash_password(fields["password"]),
        )
        try:
            self._users.add(user)
        except Conflict as exc:
            raise ValidationError("username or email has already been taken") from exc
        self._uow.commit()
        return self._view(user)

    def login(self, data: dict[str, Any]) -> UserView:
        fields = required_fields(data, "email", "password")
        user = self._users.by_email(fields["email"])
        if user is None or not verify_password(fields["password"], user.password_hash):
            raise AuthenticationError("email or password is invalid")
        return self._view(user)

    def authenticate(self, token: str) -> int:
        user_id = self._tokens.user_id(token)
        if self._users.get(user_id) is None:
            raise AuthenticationError("user no longer exists")
        return user_id

    def current(self, user_id: int) -> UserView:
        return self._view(self._existing(user_id))

    def update(self, user_id: int, data: dict[str, Any]) -> UserView:
        user = self._existing(user_id)
        fields = optional_fields(data, "email", "username", "password", "bio", "image", nullable=("bio", "image"))
        self._ensure_unique(fields.get("username"), fields.get("email"), except_id=user.id)
        if "password" in fields:
            user.password_hash = hash_password(fields.pop("password"))
        for name, value in fields.items():
            setattr(user, name, value)
        try:
            self._users.save()
        except Conflict as exc:
            raise ValidationError("username or email has already been taken") from exc
        self._uow.commit()
        return self._view(user)

    def _existing(self, user_id: int) -> User:
        user = self._users.get(user_id)
        if user is None:
            raise AuthenticationError("user no longer exists")
        return user

    def _ensure_unique(self, username: str | None, email: str | None, except_id: int | None = None) -> None:
        problems = []
        if username is not None:
            other = self._users.by_username(username)
            if other is not None and other.id != except_id:
                problems.append("username has already been taken")
        if email is not None:
            other = self._users.by_email(email)
            if other is not None and other.id != except_id:
                problems.append("email has already been taken")
        if problems:
            raise ValidationError(*problems)

    def _view(self, user: User) -> UserView:
        return UserView(
            email=user.email,
            token=self._tokens.issue(user.id),
            username=user.username,
            bio=user.bio,
            image=user.image,
        )
