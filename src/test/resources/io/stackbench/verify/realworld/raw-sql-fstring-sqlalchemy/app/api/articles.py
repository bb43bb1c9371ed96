from fastapi import APIRouter, Depends, HTTPException

from app.dependencies import get_article_service
from app.services.articles import ArticleNotFound, ArticleService

router = APIRouter(prefix="/api/articles", tags=["articles"])


@router.get("")
def list_articles(limit: int = 20, offset: int = 0, service: ArticleService = Depends(get_article_service)):
    articles = service.recent(limit, offset)
    return {"articles": articles, "articlesCount": len(articles)}


@router.get("/{slug}")
def get_article(slug: str, service: ArticleService = Depends(get_article_service)):
    try:
        return {"article": service.get(slug)}
    except ArticleNotFound:
        raise HTTPException(status_code=404, detail="article not found")
