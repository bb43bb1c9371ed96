"""Use cases: the business rules. No web framework here; failures are domain errors."""

from conduit.services.articles import ArticleService
from conduit.services.comments import CommentService
from conduit.services.container import Services
from conduit.services.profiles import ProfileService
from conduit.services.tags import TagService
from conduit.services.tokens import TokenService
from conduit.services.users import UserService

__all__ = [
    "ArticleService",
    "CommentService",
    "ProfileService",
    "Services",
    "TagService",
    "TokenService",
    "UserService",
]
