from abc import ABC, abstractmethod

from app.core.entities.article import Article
from app.core.entities.user import User


class ArticleRepository(ABC):
    @abstractmethod
    async def get_by_slug(self, slug: str) -> Article | None: ...

    @abstractmethod
    async def list(self, *, tag: str | None, limit: int, offset: int) -> list[Article]: ...

    @abstractmethod
    async def add(self, article: Article) -> Article: ...


class UserRepository(ABC):
    @abstractmethod
    async def get_by_email(self, email: str) -> User | None: ...

    @abstractmethod
    async def add(self, user: User) -> User: ...
