from sqlalchemy.orm import Session

from conduit.repositories.base import flush_or_conflict


class UnitOfWork:
    """Lets services end a transaction without touching the session themselves."""

    def __init__(self, session: Session):
        self._session = session

    def commit(self) -> None:
        flush_or_conflict(self._session, commit=True)

    def rollback(self) -> None:
        self._session.rollback()
