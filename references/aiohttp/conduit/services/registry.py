from dataclasses import dataclass

from conduit.services.articles import ArticleService
from conduit.services.comments import CommentService
from conduit.services.profiles import ProfileService
from conduit.services.tags import TagService
from conduit.services.users import UserService


@dataclass(frozen=True)
class ServiceRegistry:
    """The use cases the web layer may call, built once by the composition root."""

    users: UserService
    profiles: ProfileService
    articles: ArticleService
    comments: CommentService
    tags: TagService
