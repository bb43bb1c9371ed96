"""Data access: every read and write goes through an SQLAlchemy asyncio ORM session."""

from conduit.repositories.articles import ArticleFilter, ArticleRepository
from conduit.repositories.comments import CommentRepository
from conduit.repositories.errors import Conflict
from conduit.repositories.tags import TagRepository
from conduit.repositories.unit_of_work import UnitOfWork, UnitOfWorkFactory
from conduit.repositories.users import UserRepository

__all__ = [
    "ArticleFilter",
    "ArticleRepository",
    "CommentRepository",
    "Conflict",
    "TagRepository",
    "UnitOfWork",
    "UnitOfWorkFactory",
    "UserRepository",
]
