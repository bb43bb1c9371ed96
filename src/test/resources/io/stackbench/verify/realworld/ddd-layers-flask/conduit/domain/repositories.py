from abc import ABC, abstractmethod

from conduit.domain.article import Article
from conduit.domain.user import User


class ArticleRepository(ABC):
    @abstractmethod
    def get_by_slug(self, slug: str) -> Article | None: ...

    @abstractmethod
    def list_recent(self, limit: int, offset: int) -> list[Article]: ...

    @abstractmethod
    def save(self, article: Article) -> Article: ...


class UserRepository(ABC):
    @abstractmethod
    def get_by_username(self, username: str) -> User | None: ...

    @abstractmethod
    def save(self, user: User) -> User: ...
