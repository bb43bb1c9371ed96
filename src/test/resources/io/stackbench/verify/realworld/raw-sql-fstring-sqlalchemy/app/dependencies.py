from fastapi import Depends
from sqlalchemy.orm import Session

from app.db import get_session
from app.repositories.articles import ArticleRepository
from app.services.articles import ArticleService


def get_article_service(session: Session = Depends(get_session)) -> ArticleService:
    return ArticleService(ArticleRepository(session))
