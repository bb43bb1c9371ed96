from collections.abc import Iterator

from fastapi import Depends
from sqlalchemy.orm import Session

from app.db import SessionLocal
from app.repositories.users import UserRepository
from app.services.auth import AuthService


def get_session() -> Iterator[Session]:
    with SessionLocal() as session:
        yield session


def get_auth_service(session: Session = Depends(get_session)) -> AuthService:
    return AuthService(UserRepository(session))
