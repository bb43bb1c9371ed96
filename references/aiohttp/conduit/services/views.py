"""What the use cases return: plain values, detached from the ORM session."""

from dataclasses import dataclass
from datetime import datetime

from conduit.models import User


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


def profile_view(user: User, following: bool) -> ProfileView:
    return ProfileView(username=user.username, bio=user.bio, image=user.image, following=following)
