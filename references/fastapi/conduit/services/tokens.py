from datetime import UTC, datetime, timedelta

import jwt

from conduit.services.errors import Unauthenticated

_ALGORITHM = "HS256"


class TokenService:
    """Issues and checks the JWTs that clients send back as `Authorization: Token <jwt>`."""

    def __init__(self, secret: str, lifetime: timedelta):
        self._secret = secret
        self._lifetime = lifetime

    def issue(self, user_id: int) -> str:
        now = datetime.now(UTC)
        # The registered "sub" claim must be a string.
        claims = {"sub": str(user_id), "iat": now, "exp": now + self._lifetime}
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM)

    def user_id(self, token: str) -> int:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[_ALGORITHM], options={"require": ["sub", "exp"]})
            return int(claims["sub"])
        except (jwt.InvalidTokenError, ValueError) as exc:
            raise Unauthenticated("token is invalid or expired") from exc
