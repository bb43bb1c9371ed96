from fastapi import Depends
from sqlalchemy.orm import Session

from app.db.session import get_session
from app.features.articles.repository import ArticleRepository
from app.features.articles.service import ArticleService
from app.features.users.repository import UserRepository
from app.features.users.service import UserService


def get_article_service(session: Session = Depends(get_session)) -> ArticleService:
    return ArticleService(ArticleRepository(session))


def get_user_service(session: Session = Depends(get_session)) -> UserService:
    return UserService(UserRepository(session))
