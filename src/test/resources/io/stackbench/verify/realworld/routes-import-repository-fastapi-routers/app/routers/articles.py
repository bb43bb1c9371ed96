from fastapi import APIRouter, Depends, HTTPException

from app.dependencies import get_article_service, get_tag_repository
from app.repositories.tags import TagRepository
from app.services.articles import ArticleNotFoundError, ArticleService

router = APIRouter(tags=["articles"])


def _out(a) -> dict:
    return {"slug": a.slug, "title": a.title, "body": a.body, "tagList": [t.name for t in a.tags]}


@router.get("/articles")
def list_articles(limit: int = 20, offset: int = 0, service: ArticleService = Depends(get_article_service)):
    articles = service.feed(limit, offset)
    return {"articles": [_out(a) for a in articles], "articlesCount": len(articles)}


@router.get("/articles/{slug}")
def get_article(slug: str, service: ArticleService = Depends(get_article_service)):
    try:
        return {"article": _out(service.get(slug))}
    except ArticleNotFoundError:
        raise HTTPException(status_code=404, detail="article not found")


@router.get("/tags")
def list_tags(tags: TagRepository = Depends(get_tag_repository)):
    # shortcut: no TagService, the router talks to the repository directly
    return {"tags": tags.all_names()}
