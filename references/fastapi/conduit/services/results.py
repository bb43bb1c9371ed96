"""What the use cases return: plain, immutable data, detached from the ORM and from HTTP."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AccountData:
    email: str
    token: str
    username: str
    bio: str | None
    image: str | None


@dataclass(frozen=True)
class ProfileData:
    username: str
    bio: str | None
    image: str | None
    following: bool


@dataclass(frozen=True)
class ArticleData:
    slug: str
    title: str
    description: str
    body: str
    tag_list: list[str]
    created_at: datetime
    updated_at: datetime
    favorited: bool
    favorites_count: int
    author: ProfileData


@dataclass(frozen=True)
class ArticlePage:
    articles: list[ArticleData]
    articles_count: int


@dataclass(frozen=True)
class CommentData:
    id: int
    body: str
    created_at: datetime
    updated_at: datetime
    author: ProfileData
