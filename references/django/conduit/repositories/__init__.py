"""Data access: every read and write goes through SQLAlchemy ORM sessions."""

from conduit.repositories.articles import ArticleCriteria, ArticleRepository
from conduit.repositories.comments import CommentRepository
from conduit.repositories.errors import DuplicateEntry
from conduit.repositories.tags import TagRepository
from conduit.repositories.transaction import Transaction
from conduit.repositories.users import UserRepository

__all__ = [
    "ArticleCriteria",
    "ArticleRepository",
    "CommentRepository",
    "DuplicateEntry",
    "TagRepository",
    "Transaction",
    "UserRepository",
]
