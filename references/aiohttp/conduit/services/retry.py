import functools
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from conduit.repositories import Conflict
from conduit.services.errors import ValidationError

_ATTEMPTS = 3

P = ParamSpec("P")
T = TypeVar("T")


def retry_on_conflict(use_case: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
    """Runs a use case again when its write collided with a concurrent one (the same new tag or
    slug, the same favorite or follow). Each attempt opens a fresh unit of work, and the failed
    one was rolled back, so a new attempt starts clean and sees the other request's result."""

    @functools.wraps(use_case)
    async def attempts(*args: P.args, **kwargs: P.kwargs) -> T:
        for _ in range(_ATTEMPTS - 1):
            try:
                return await use_case(*args, **kwargs)
            except Conflict:
                continue
        try:
            return await use_case(*args, **kwargs)
        except Conflict as exc:
            raise ValidationError("the request conflicted with a concurrent change; try again") from exc

    return attempts
