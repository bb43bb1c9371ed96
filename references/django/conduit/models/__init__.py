"""Entities, declared with SQLAlchemy's ORM."""

from conduit.models.article import Article
from conduit.models.base import Base
from conduit.models.comment import Comment
from conduit.models.links import article_tags, favorites, follows
from conduit.models.tag import Tag
from conduit.models.user import User

__all__ = ["Article", "Base", "Comment", "Tag", "User", "article_tags", "favorites", "follows"]
