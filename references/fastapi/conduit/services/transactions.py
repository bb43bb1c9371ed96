from collections.abc import Callable
from typing import TypeVar

from conduit.repositories import Conflict, UnitOfWork
from conduit.services.errors import InvalidInput

T = TypeVar("T")

_ATTEMPTS = 3


def transactional(uow: UnitOfWork, work: Callable[[], T]) -> T:
    """Runs `work` and commits. A write that collided with a concurrent one (the same new tag,
    slug, favorite or follow) has rolled the transaction back, so `work` runs again from the
    start and sees the other request's row this time."""
    for attempt in range(1, _ATTEMPTS + 1):
        try:
            result = work()
            uow.commit()
            return result
        except Conflict as exc:
            if attempt == _ATTEMPTS:
                raise InvalidInput("the request conflicted with a concurrent change, try again") from exc
    raise AssertionError("unreachable")
