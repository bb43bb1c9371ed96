"""Use cases. Nothing here knows about HTTP or the web framework; failures are raised as the
domain errors of `conduit.services.errors`."""

from conduit.services.articles import ArticleService
from conduit.services.comments import CommentService
from conduit.services.profiles import ProfileService
from conduit.services.registry import ServiceRegistry
from conduit.services.tags import TagService
from conduit.services.tokens import TokenIssuer
from conduit.services.users import UserService

__all__ = [
    "ArticleService",
    "CommentService",
    "ProfileService",
    "ServiceRegistry",
    "TagService",
    "TokenIssuer",
    "UserService",
]
