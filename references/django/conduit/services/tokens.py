from datetime import datetime, timedelta, timezone

import jwt

from conduit.services.errors import Unauthenticated

_ALGORITHM = "HS256"


class TokenService:
    """Issues and checks the JWTs that identify a user."""

    def __init__(self, secret: str, lifetime_seconds: int):
        self._secret = secret
        self._lifetime = timedelta(seconds=lifetime_seconds)

    def issue(self, user_id: int) -> str:
        issued = datetime.now(timezone.utc)
        # The "sub" claim must be a string for PyJWT to accept it back.
        claims = {"sub": str(user_id), "iat": issued, "exp": issued + self._lifetime}
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM)

    def subject(self, token: str) -> int:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[_ALGORITHM], options={"require": ["sub", "exp"]})
            return int(claims["sub"])
        except (jwt.InvalidTokenError, ValueError, TypeError) as exc:
            raise Unauthenticated("token is invalid") from exc
