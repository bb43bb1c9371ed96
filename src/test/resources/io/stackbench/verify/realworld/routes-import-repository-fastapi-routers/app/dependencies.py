from fastapi import Depends
from sqlalchemy.orm import Session

from app.database import get_db
from app.repositories.articles import ArticleRepository
from app.repositories.tags import TagRepository
from app.repositories.users import UserRepository
from app.services.articles import ArticleService
from app.services.profiles import ProfileService


def get_article_service(db: Session = Depends(get_db)) -> ArticleService:
    return ArticleService(ArticleRepository(db))


def get_profile_service(db: Session = Depends(get_db)) -> ProfileService:
    return ProfileService(UserRepository(db))


def get_tag_repository(db: Session = Depends(get_db)) -> TagRepository:
    return TagRepository(db)
