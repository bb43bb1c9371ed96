from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Declarative base of every entity; its metadata is what the schema is created from."""
