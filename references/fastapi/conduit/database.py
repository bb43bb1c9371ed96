"""Database wiring: the engine, the session factory, and the schema created at start-up."""

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from conduit.models import Base


def make_engine(url: str) -> Engine:
    # pool_pre_ping replaces connections the database server closed while they sat idle.
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Without autoflush, writes reach the database where the repositories flush, which is
    # where a broken unique constraint becomes a Conflict. Objects stay readable after commit.
    return sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)


def create_schema(engine: Engine) -> None:
    Base.metadata.create_all(engine)
