from app.models.base import Base
from app.models.article import Article, Tag
from app.models.user import User

__all__ = ["Base", "Article", "Tag", "User"]
