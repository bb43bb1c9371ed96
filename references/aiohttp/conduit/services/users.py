from typing import Any

from conduit.models import User
from conduit.repositories import Conflict, UnitOfWork, UnitOfWorkFactory
from conduit.services.errors import AuthenticationError, ValidationError
from conduit.services.passwords import hash_password, verify_password
from conduit.services.tokens import TokenIssuer
from conduit.services.validation import optional, required
from conduit.services.views import UserView

_TAKEN = "username or email has already been taken"


class UserService:
    def __init__(self, units: UnitOfWorkFactory, tokens: TokenIssuer):
        self._units = units
        self._tokens = tokens

    async def register(self, data: dict[str, Any]) -> UserView:
        fields = required(data, "username", "email", "password")
        # Hashed before the session opens, so no connection waits on the KDF.
        password_hash = await hash_password(fields["password"])
        async with self._units() as uow:
            await self._ensure_unique(uow, fields["username"], fields["email"])
            user = User(username=fields["username"], email=fields["email"], password_hash=password_hash)
            try:
                await uow.users.add(user)
                await uow.commit()
            except Conflict as exc:
                raise ValidationError(_TAKEN) from exc
            return self._view(user)

    async def login(self, data: dict[str, Any]) -> UserView:
        fields = required(data, "email", "password")
        async with self._units() as uow:
            user = await uow.users.by_email(fields["email"])
        if user is None or not await verify_password(fields["password"], user.password_hash):
            raise AuthenticationError("email or password is invalid")
        return self._view(user)

    async def authenticate(self, token: str) -> int:
        """The id of the user a valid token names; the user must still exist."""
        user_id = self._tokens.subject(token)
        async with self._units() as uow:
            if await uow.users.get(user_id) is None:
                raise AuthenticationError("the token's user no longer exists")
        return user_id

    async def current(self, user_id: int) -> UserView:
        async with self._units() as uow:
            return self._view(await self._existing(uow, user_id))

    async def update(self, user_id: int, data: dict[str, Any]) -> UserView:
        fields = optional(data, "email", "username", "password", "bio", "image", nullable=("bio", "image"))
        password = fields.pop("password", None)
        password_hash = await hash_password(password) if password is not None else None
        async with self._units() as uow:
            user = await self._existing(uow, user_id)
            await self._ensure_unique(uow, fields.get("username"), fields.get("email"), except_id=user.id)
            for name, value in fields.items():
                setattr(user, name, value)
            if password_hash is not None:
                user.password_hash = password_hash
            try:
                await uow.users.save()
                await uow.commit()
            except Conflict as exc:
                raise ValidationError(_TAKEN) from exc
            return self._view(user)

    @staticmethod
    async def _existing(uow: UnitOfWork, user_id: int) -> User:
        user = await uow.users.get(user_id)
        if user is None:
            raise AuthenticationError("the token's user no longer exists")
        return user

    @staticmethod
    async def _ensure_unique(
        uow: UnitOfWork, username: str | None, email: str | None, except_id: int | None = None
    ) -> None:
        problems = []
        if username is not None:
            other = await uow.users.by_username(username)
            if other is not None and other.id != except_id:
                problems.append("username has already been taken")
        if email is not None:
            other = await uow.users.by_email(email)
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
