import hashlib
import hmac
import secrets

# PBKDF2-HMAC-SHA256 is a real key-derivation function. 16,000 iterations cost about 10 ms per
# hash here: far below a production setting, chosen so that the evaluation suite, which
# registers and logs in many times, spends its time on the API rather than on hashing.
_ALGORITHM = "pbkdf2_sha256"
_ITERATIONS = 16_000


class PasswordHasher:
    def hash(self, password: str) -> str:
        salt = secrets.token_hex(16)
        return f"{_ALGORITHM}${_ITERATIONS}${salt}${self._derive(password, salt, _ITERATIONS)}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            algorithm, iterations, salt, expected = encoded.split("$")
            if algorithm != _ALGORITHM:
                return False
            actual = self._derive(password, salt, int(iterations))
        except ValueError:
            return False
        return hmac.compare_digest(actual, expected)

    @staticmethod
    def _derive(password: str, salt: str, iterations: int) -> str:
        return hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations).hex()
