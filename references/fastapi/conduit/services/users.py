from collections.abc import Mapping

from conduit.models import User
from conduit.repositories import UnitOfWork
from conduit.services.errors import InvalidInput, Unauthenticated
from conduit.services.passwords import UNUSABLE_HASH, hash_password, password_matches
from conduit.services.results import AccountData
from conduit.services.tokens import TokenService
from conduit.services.transactions import transactional
from conduit.services.validation import require_text

# Fields of PUT /user: the first three may not be blank, the last two may be cleared with null.
_IDENTITY_FIELDS = ("username", "email", "password")
_PROFILE_FIELDS = ("bio", "image")


class UserService:
    def __init__(self, uow: UnitOfWork, tokens: TokenService):
        self._uow = uow
        self._tokens = tokens

    def register(self, username: str, email: str, password: str) -> AccountData:
        require_text(username=username, email=email, password=password)

        def create() -> User:
            self._ensure_available(username=username, email=email)
            return self._uow.users.add(User(username=username, email=email, password_hash=hash_password(password)))

        return self._account(transactional(self._uow, create))

    def login(self, email: str, password: str) -> AccountData:
        require_text(email=email, password=password)
        user = self._uow.users.find_by_email(email)
        # An unknown email still pays for one hash, so timing does not tell which emails exist.
        matches = password_matches(password, user.password_hash if user else UNUSABLE_HASH)
        if user is None or not matches:
            raise Unauthenticated("email or password is invalid")
        return self._account(user)

    def authenticate(self, token: str) -> int:
        """The id of the user a token was issued to, if the token is valid and the user exists."""
        user_id = self._tokens.user_id(token)
        self._existing(user_id)
        return user_id

    def current(self, user_id: int) -> AccountData:
        return self._account(self._existing(user_id))

    def update(self, user_id: int, changes: Mapping[str, str | None]) -> AccountData:
        """Applies the fields present in `changes`; absent fields stay as they are."""
        identity = require_text(**{name: changes[name] for name in _IDENTITY_FIELDS if name in changes})

        def apply() -> User:
            user = self._existing(user_id)
            self._ensure_available(username=identity.get("username"), email=identity.get("email"), owner=user)
            if "password" in identity:
                user.password_hash = hash_password(identity["password"])
            for name in ("username", "email"):
                if name in identity:
                    setattr(user, name, identity[name])
            for name in _PROFILE_FIELDS:
                if name in changes:
                    setattr(user, name, changes[name])
            self._uow.users.save(user)
            return user

        return self._account(transactional(self._uow, apply))

    def _existing(self, user_id: int) -> User:
        user = self._uow.users.get(user_id)
        if user is None:
            raise Unauthenticated("the user of this token no longer exists")
        return user

    def _ensure_available(self, username: str | None, email: str | None, owner: User | None = None) -> None:
        taken = []
        if username is not None:
            other = self._uow.users.find_by_username(username)
            if other is not None and other is not owner:
                taken.append("username has already been taken")
        if email is not None:
            other = self._uow.users.find_by_email(email)
            if other is not None and other is not owner:
                taken.append("email has already been taken")
        if taken:
            raise InvalidInput(*taken)

    def _account(self, user: User) -> AccountData:
        return AccountData(
            email=user.email,
            token=self._tokens.issue(user.id),
            username=user.username,
            bio=user.bio,
            image=user.image,
        )
