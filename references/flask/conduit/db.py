"""Engine and per-thread sessions; the schema is created when the app starts."""

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import scoped_session, sessionmaker

from conduit.models import Base


def make_engine(url: str) -> Engine:
    # pool_pre_ping drops connections the database server closed while idle.
    return create_engine(url, pool_pre_ping=True)


def make_session_registry(engine: Engine) -> scoped_session:
    # One session per server thread; the app removes it at the end of every request.
    # Without autoflush, writes reach the database only where repositories flush, which is
    # where a uniqueness conflict is turned into a domain error.
    return scoped_session(sessionmaker(bind=engine, autoflush=False, expire_on_commit=False))


def create_schema(engine: Engine) -> None:
    Base.metadata.create_all(engine)
