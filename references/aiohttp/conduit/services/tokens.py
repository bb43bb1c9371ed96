from datetime import datetime, timedelta, timezone

import jwt

from conduit.services.errors import AuthenticationError

_ALGORITHM = "HS256"


class TokenIssuer:
    """Signs and checks the JWTs that clients send as `Authorization: Token <jwt>`."""

    def __init__(self, secret: str, ttl_seconds: int):
        self._secret = secret
        self._ttl = timedelta(seconds=ttl_seconds)

    def issue(self, user_id: int) -> str:
        now = datetime.now(timezone.utc)
        # PyJWT requires "sub" to be a string.
        claims = {"sub": str(user_id), "iat": now, "exp": now + self._ttl}
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM)

    def subject(self, token: str) -> int:
        """The user id a valid token was issued for; anything else is an AuthenticationError."""
        try:
            claims = jwt.decode(token, self._secret, algorithms=[_ALGORITHM], options={"require": ["sub", "exp"]})
            return int(claims["sub"])
        except (jwt.PyJWTError, ValueError) as exc:
            raise AuthenticationError("token is invalid or expired") from exc
