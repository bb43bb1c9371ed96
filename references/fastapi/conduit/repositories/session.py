from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from conduit.repositories.errors import Conflict


def flush(session: Session) -> None:
    """Sends pending writes now (to get ids, or to hit a unique index early)."""
    try:
        session.flush()
    except IntegrityError as exc:
        session.rollback()
        raise Conflict(str(exc.orig)) from exc


def commit(session: Session) -> None:
    try:
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise Conflict(str(exc.orig)) from exc
