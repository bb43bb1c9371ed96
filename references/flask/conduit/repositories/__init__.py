"""Data access: every query and write goes through an SQLAlchemy ORM session."""

from conduit.repositories.articles import ArticleRepository
from conduit.repositories.comments import CommentRepository
from conduit.repositories.errors import Conflict
from conduit.repositories.tags import TagRepository
from conduit.repositories.unit_of_work import UnitOfWork
from conduit.repositories.users import UserRepository

__all__ = ["ArticleRepository", "CommentRepository", "Conflict", "TagRepository", "UnitOfWork", "UserRepository"]
