from collections.abc import Callable
from functools import wraps

from conduit.repositories import Conflict
from conduit.services.errors import ValidationError

_ATTEMPTS = 3


def retry_on_conflict(use_case: Callable) -> Callable:
    """Re-runs a use case whose write collided with a concurrent one (same new tag or slug,
    same favorite or follow); the transaction was rolled back, so a re-run starts clean."""

    @wraps(use_case)
    def wrapper(*args, **kwargs):
        for _ in range(_ATTEMPTS - 1):
            try:
                return use_case(*args, **kwargs)
            except Conflict:
                continue
        try:
            return use_case(*args, **kwargs)
        except Conflict as exc:
            raise ValidationError("the request conflicted with a concurrent change") from exc

    return wrapper
