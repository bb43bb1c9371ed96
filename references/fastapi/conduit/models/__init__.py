"""Entities: SQLAlchemy 2.0 declarative models (the innermost layer; imports nothing of ours)."""

from conduit.models.article import Article, Favorite
from conduit.models.base import Base
from conduit.models.comment import Comment
from conduit.models.tag import Tag, article_tags
from conduit.models.user import Follow, User

__all__ = ["Article", "Base", "Comment", "Favorite", "Follow", "Tag", "User", "article_tags"]
