"""What every repository shares: the (per-thread) session and a flush that reports conflicts."""

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, scoped_session

from conduit.repositories.errors import DuplicateEntry


def write(session: Session | scoped_session, *, commit: bool = False) -> None:
    try:
        if commit:
            session.commit()
        else:
            session.flush()
    except IntegrityError as exc:
        session.rollback()
        raise DuplicateEntry(str(exc.orig)) from exc


class SessionBound:
    def __init__(self, session: scoped_session):
        self._session = session

    def _flush(self) -> None:
        write(self._session)
