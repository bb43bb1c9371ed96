from datetime import datetime, timedelta, timezone

import jwt

from conduit.services.errors import AuthenticationError


class TokenIssuer:
    def __init__(self, secret: str, ttl_seconds: int):
        self._secret = secret
        self._ttl = timedelta(seconds=ttl_seconds)

    def issue(self, user_id: int) -> str:
        now = datetime.now(timezone.utc)
        # PyJWT insists that "sub" is a string.
        claims = {"sub": str(user_id), "iat": now, "exp": now + self._ttl}
        return jwt.encode(claims, self._secret, algorithm="HS256")

    def user_id(self, token: str) -> int:
        try:
            claims = jwt.decode(token, self._secret, algorithms=["HS256"], options={"require": ["sub", "exp"]})
            return int(claims["sub"])
        except (jwt.PyJWTError, ValueError) as exc:
            raise AuthenticationError("invalid token") from exc
