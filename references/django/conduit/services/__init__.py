"""Use cases: the business rules of Conduit. No web framework here; failures are domain errors."""

from conduit.services.articles import ArticleService
from conduit.services.comments import CommentService
from conduit.services.passwords import PasswordHasher
from conduit.services.profiles import ProfileService
from conduit.services.registry import ServiceRegistry
from conduit.services.tags import TagService
from conduit.services.tokens import TokenService
from conduit.services.users import UserService

__all__ = [
    "ArticleService",
    "CommentService",
    "PasswordHasher",
    "ProfileService",
    "ServiceRegistry",
    "TagService",
    "TokenService",
    "UserService",
]
