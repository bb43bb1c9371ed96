from dataclasses import dataclass

from conduit.services.articles import ArticleService
from conduit.services.comments import CommentService
from conduit.services.profiles import ProfileService
from conduit.services.tags import TagService
from conduit.services.users import UserService


@dataclass(frozen=True)
class Services:
    """The use cases of one request, as the routes see them."""

    users: UserService
    profiles: ProfileService
    articles: ArticleService
    comments: CommentService
    tags: TagService
