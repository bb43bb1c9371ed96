from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from app.dependencies import get_article_service
from app.features.articles.service import ArticleNotFound, ArticleService

router = APIRouter(prefix="/articles", tags=["articles"])


class ArticleIn(BaseModel):
    title: str
    description: str
    body: str


def _out(a) -> dict:
    return {"slug": a.slug, "title": a.title, "description": a.description, "body": a.body,
            "createdAt": a.created_at, "author": {"username": a.author.username}}


@router.get("")
def list_articles(limit: int = 20, offset: int = 0, service: ArticleService = Depends(get_article_service)):
    articles = service.list(limit, offset)
    return {"articles": [_out(a) for a in articles], "articlesCount": len(articles)}


@router.get("/{slug}")
def get_article(slug: str, service: ArticleService = Depends(get_article_service)):
    try:
        return {"article": _out(service.get(slug))}
    except ArticleNotFound:
        raise HTTPException(status_code=404, detail="article not found")


@router.post("", status_code=201)
def create_article(body: ArticleIn, service: ArticleService = Depends(get_article_service)):
    return {"article": _out(service.create(1, body.title, body.description, body.body))}
