from collections.abc import Mapping
from typing import Any

from conduit.models import User
from conduit.repositories import DuplicateEntry, Transaction, UserRepository
from conduit.services.errors import InvalidInput, Unauthenticated
from conduit.services.passwords import PasswordHasher
from conduit.services.results import AccountResult
from conduit.services.rules import changed_text, required_text
from conduit.services.tokens import TokenService

_TAKEN = "has already been taken"


class UserService:
    """Registration, login, token checks and the caller's own account."""

    def __init__(self, users: UserRepository, transaction: Transaction, tokens: TokenService, hasher: PasswordHasher):
        self._users = users
        self._transaction = transaction
        self._tokens = tokens
        self._hasher = hasher

    def register(self, data: Mapping[str, Any]) -> AccountResult:
        fields = required_text(data, "username", "email", "password")
        self._ensure_available(fields["username"], fields["email"])
        user = User(
            username=fields["username"],
            email=fields["email"],
            password_hash=self._hasher.hash(fields["password"]),
        )
        try:
            self._users.add(user)
            self._transaction.commit()
        except DuplicateEntry as exc:
            # Another request registered the same name between the check and the insert.
            raise InvalidInput(fields={"username or email": [_TAKEN]}) from exc
        return self._account(user)

    def login(self, data: Mapping[str, Any]) -> AccountResult:
        fields = required_text(data, "email", "password")
        user = self._users.by_email(fields["email"])
        if user is None or not self._hasher.verify(fields["password"], user.password_hash):
            raise Unauthenticated(fields={"email or password": ["is invalid"]})
        return self._account(user)

    def authenticate(self, token: str) -> int:
        """The id of the user a token names; the user must still exist."""
        user_id = self._tokens.subject(token)
        self._existing(user_id)
        return user_id

    def current(self, user_id: int) -> AccountResult:
        return self._account(self._existing(user_id))

    def update(self, user_id: int, data: Mapping[str, Any]) -> AccountResult:
        user = self._existing(user_id)
        changes = changed_text(data, "email", "username", "password", "bio", "image", nullable=("bio", "image"))
        self._ensure_available(changes.get("username"), changes.get("email"), owner_id=user.id)
        password = changes.pop("password", None)
        if password is not None:
            user.password_hash = self._hasher.hash(password)
        for name, value in changes.items():
            setattr(user, name, value)
        try:
            self._users.save(user)
            self._transaction.commit()
        except DuplicateEntry as exc:
            raise InvalidInput(fields={"username or email": [_TAKEN]}) from exc
        return self._account(user)

    def _existing(self, user_id: int) -> User:
        user = self._users.by_id(user_id)
        if user is None:
            raise Unauthenticated("the token's user no longer exists")
        return user

    def _ensure_available(self, username: str | None, email: str | None, owner_id: int | None = None) -> None:
        problems: dict[str, list[str]] = {}
        if username is not None:
            holder = self._users.by_username(username)
            if holder is not None and holder.id != owner_id:
                problems["username"] = [_TAKEN]
        if email is not None:
            holder = self._users.by_email(email)
            if holder is not None and holder.id != owner_id:
                problems["email"] = [_TAKEN]
        if problems:
            raise InvalidInput(fields=problems)

    def _account(self, user: User) -> AccountResult:
        return AccountResult(
            email=user.email,
            token=self._tokens.issue(user.id),
            username=user.username,
            bio=user.bio,
            image=user.image,
        )
