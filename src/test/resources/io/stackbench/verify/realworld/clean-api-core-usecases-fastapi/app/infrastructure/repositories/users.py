from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.entities.user import User
from app.core.ports.repositories import UserRepository
from app.infrastructure.db.models import UserModel


class SqlAlchemyUserRepository(UserRepository):
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_by_email(self, email: str) -> User | None:
        row = await self._session.scalar(select(UserModel).where(UserModel.email == email))
        if row is None:
            return None
        return User(id=row.id, username=row.username, email=row.email,
                    password_hash=row.password_hash, bio=row.bio, image=row.image)

    async def add(self, user: User) -> User:
        row = UserModel(username=user.username, email=user.email, password_hash=user.password_hash)
        self._session.add(row)
        await self._session.commit()
        user.id = row.id
        return user
