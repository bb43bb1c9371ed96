"""What the use cases hand back: plain data, detached from the ORM session."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class UserView:
    email: str
    token: str
    username: str
    bio: str | None
    image: str | None


@dataclass(frozen=True)
class ProfileView:
    username: str
    bio: str | None
    image: str | None
    following: bool


@dataclass(frozen=True)
class ArticleView:
    slug: str
    title: str
    description: str
    body: str
    tag_list: list[str]
    created_at: datetime
    updated_at: datetime
    favorited: bool
    favorites_count: int
    author: ProfileView


@dataclass(frozen=True)
class ArticlePage:
    articles: list[ArticleView]
    count: int


@dataclass(frozen=True)
class CommentView:
    id: int
    body: str
    created_at: datetime
    updated_at: datetime
    author: ProfileView
