"""What the use cases return: plain immutable data, independent of the ORM session."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AccountResult:
    email: str
    token: str
    username: str
    bio: str | None
    image: str | None


@dataclass(frozen=True)
class ProfileResult:
    username: str
    bio: str | None
    image: str | None
    following: bool


@dataclass(frozen=True)
class ArticleResult:
    slug: str
    title: str
    description: str
    body: str
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    favorited: bool
    favorites_count: int
    author: ProfileResult


@dataclass(frozen=True)
class ArticleListResult:
    articles: tuple[ArticleResult, ...]
    total: int


@dataclass(frozen=True)
class CommentResult:
    id: int
    body: str
    created_at: datetime
    updated_at: datetime
    author: ProfileResult
