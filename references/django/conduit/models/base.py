from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Declarative base; its metadata is the whole schema."""
