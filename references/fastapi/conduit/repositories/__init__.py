"""Data access: every read and write, through SQLAlchemy ORM sessions and queries only."""

from conduit.repositories.articles import ArticleCriteria, ArticleRepository, ArticleRow
from conduit.repositories.comments import CommentRepository
from conduit.repositories.errors import Conflict
from conduit.repositories.tags import TagRepository
from conduit.repositories.unit_of_work import UnitOfWork
from conduit.repositories.users import UserRepository

__all__ = [
    "ArticleCriteria",
    "ArticleRepository",
    "ArticleRow",
    "CommentRepository",
    "Conflict",
    "TagRepository",
    "UnitOfWork",
    "UserRepository",
]
