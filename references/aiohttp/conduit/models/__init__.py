"""Entities, declared with SQLAlchemy's ORM. The join rows (follows, favorites, an article's
tags) are entities too, so every write is an ORM add or delete."""

from conduit.models.article import Article, ArticleTag
from conduit.models.base import Base
from conduit.models.comment import Comment
from conduit.models.favorite import Favorite
from conduit.models.follow import Follow
from conduit.models.tag import Tag
from conduit.models.user import User

__all__ = ["Article", "ArticleTag", "Base", "Comment", "Favorite", "Follow", "Tag", "User"]
