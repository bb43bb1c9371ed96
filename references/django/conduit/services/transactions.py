from collections.abc import Callable
from typing import TypeVar

from conduit.repositories import DuplicateEntry, Transaction
from conduit.services.errors import InvalidInput

T = TypeVar("T")

_ATTEMPTS = 3


def atomically(transaction: Transaction, work: Callable[[], T]) -> T:
    """Runs `work` and commits it. A write that collides with a concurrent one (the same new
    tag, slug, follow or favorite) was rolled back; the whole unit is then tried again."""
    for attempt in range(1, _ATTEMPTS + 1):
        try:
            result = work()
            transaction.commit()
            return result
        except DuplicateEntry as exc:
            transaction.rollback()
            if attempt == _ATTEMPTS:
                raise InvalidInput("the request conflicted with a concurrent change, try again") from exc
    raise AssertionError("unreachable")
