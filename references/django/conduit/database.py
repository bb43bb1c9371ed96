"""SQLAlchemy engine and sessions; the schema is created from the models when the server starts."""

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import scoped_session, sessionmaker

from conduit.models import Base


def make_engine(url: str) -> Engine:
    # pool_pre_ping replaces connections that the database closed while they sat idle.
    return create_engine(url, pool_pre_ping=True)


def create_schema(engine: Engine) -> None:
    Base.metadata.create_all(engine)


def make_sessions(engine: Engine) -> scoped_session:
    # One session per server thread, discarded when the request ends. Repositories flush
    # explicitly (autoflush off) so that a uniqueness conflict surfaces where it is handled;
    # objects stay readable after commit because responses are built from them.
    return scoped_session(sessionmaker(bind=engine, autoflush=False, expire_on_commit=False))
