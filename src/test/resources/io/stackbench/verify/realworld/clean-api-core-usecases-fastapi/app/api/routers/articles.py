from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel

from app.api.deps import get_article_use_cases
from app.core.use_cases.articles import ArticleNotFound, ArticleUseCases

router = APIRouter(prefix="/articles", tags=["articles"])


class NewArticle(BaseModel):
    title: str
    description: str
    body: str
    tagList: list[str] = []


@router.get("")
async def list_articles(tag: str | None = None, limit: int = 20, offset: int = 0,
                        use_cases: ArticleUseCases = Depends(get_article_use_cases)):
    articles = await use_cases.list(tag=tag, limit=limit, offset=offset)
    return {"articles": articles, "articlesCount": len(articles)}


@router.get("/{slug}")
async def get_article(slug: str, use_cases: ArticleUseCases = Depends(get_article_use_cases)):
    try:
        return {"article": await use_cases.get(slug)}
    except ArticleNotFound:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="article not found")


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_article(payload: NewArticle, use_cases: ArticleUseCases = Depends(get_article_use_cases)):
    article = await use_cases.create(1, payload.title, payload.description, payload.body, payload.tagList)
    return {"article": article}
