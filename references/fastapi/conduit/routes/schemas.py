"""Pydantic models of the request and response bodies, in the contract's camelCase."""

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer, field_validator
from pydantic.alias_generators import to_camel
from pydantic_core import PydanticCustomError

DEFAULT_LIMIT = 20


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "can't be blank")
    return value


def _not_null(value: object) -> object:
    # For optional fields that may be left out but, when sent, may not be null.
    if value is None:
        raise PydanticCustomError("null", "can't be null")
    return value


def _utc_iso(moment: datetime) -> str:
    # The services keep naive UTC datetimes; clients get ISO 8601 with milliseconds and a Z.
    return moment.isoformat(timespec="milliseconds") + "Z"


Text = Annotated[str, AfterValidator(_not_blank)]
Timestamp = Annotated[datetime, PlainSerializer(_utc_iso, return_type=str)]


class Schema(BaseModel):
    # Python names in snake_case, JSON in camelCase; responses are read from the services'
    # dataclasses by attribute.
    model_config = ConfigDict(
        alias_generator=to_camel, validate_by_name=True, validate_by_alias=True, from_attributes=True
    )


# Requests


class NewUser(Schema):
    username: Text
    email: Text
    password: Text


class NewUserRequest(Schema):
    user: NewUser


class LoginUser(Schema):
    email: Text
    password: Text


class LoginRequest(Schema):
    user: LoginUser


class UserChanges(Schema):
    email: Text | None = None
    username: Text | None = None
    password: Text | None = None
    bio: str | None = None
    image: str | None = None

    _sent_means_set = field_validator("email", "username", "password")(_not_null)


class UpdateUserRequest(Schema):
    user: UserChanges


class NewArticle(Schema):
    title: Text
    description: Text
    body: Text
    tag_list: list[str] = Field(default_factory=list)


class NewArticleRequest(Schema):
    article: NewArticle


class ArticleChanges(Schema):
    title: Text | None = None
    description: Text | None = None
    body: Text | None = None
    tag_list: list[str] | None = None

    _sent_means_set = field_validator("title", "description", "body")(_not_null)


class UpdateArticleRequest(Schema):
    article: ArticleChanges


class NewComment(Schema):
    body: Text


class NewCommentRequest(Schema):
    comment: NewComment


class Paging(BaseModel):
    """Query parameters of GET /articles/feed."""

    limit: int = Field(DEFAULT_LIMIT, ge=1)
    offset: int = Field(0, ge=0)


class ArticleFilters(Paging):
    """Query parameters of GET /articles; an empty value does not filter."""

    tag: str | None = None
    author: str | None = None
    favorited: str | None = None


# Responses


class UserOut(Schema):
    email: str
    token: str
    username: str
    bio: str | None
    image: str | None


class UserResponse(Schema):
    user: UserOut


class ProfileOut(Schema):
    username: str
    bio: str | None
    image: str | None
    following: bool


class ProfileResponse(Schema):
    profile: ProfileOut


class ArticleOut(Schema):
    slug: str
    title: str
    description: str
    body: str
    tag_list: list[str]
    created_at: Timestamp
    updated_at: Timestamp
    favorited: bool
    favorites_count: int
    author: ProfileOut


class ArticleResponse(Schema):
    article: ArticleOut


class ArticleListResponse(Schema):
    articles: list[ArticleOut]
    articles_count: int


class CommentOut(Schema):
    id: int
    body: str
    created_at: Timestamp
    updated_at: Timestamp
    author: ProfileOut


class CommentResponse(Schema):
    comment: CommentOut


class CommentListResponse(Schema):
    comments: list[CommentOut]


class TagListResponse(Schema):
    tags: list[str]
