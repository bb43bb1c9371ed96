from sqlalchemy.orm import scoped_session

from conduit.repositories.session import write


class Transaction:
    """Ends the current request's transaction on behalf of the services."""

    def __init__(self, session: scoped_session):
        self._session = session

    def commit(self) -> None:
        write(self._session, commit=True)

    def rollback(self) -> None:
        self._session.rollback()
