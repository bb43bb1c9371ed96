from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from conduit.repositories.errors import Conflict


class Repository:
    def __init__(self, session: Session):
        self._session = session

    def _flush(self) -> None:
        flush_or_conflict(self._session)


def flush_or_conflict(session: Session, commit: bool = False) -> None:
    """Writes pending changes; a broken uniqueness rule ends the transaction as a Conflict."""
    try:
        session.commit() if commit else session.flush()
    except IntegrityError as exc:
        session.rollback()
        raise Conflict(str(exc.orig)) from exc
