from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from conduit.routes.dependencies import CurrentUserId, OptionalUserId, ServicesDep
from conduit.routes.schemas import (
    ArticleFilters,
    ArticleListResponse,
    ArticleOut,
    ArticleResponse,
    NewArticleRequest,
    Paging,
    UpdateArticleRequest,
)
from conduit.services.results import ArticleData, ArticlePage

router = APIRouter(prefix="/articles", tags=["Articles"])


def _article(article: ArticleData) -> ArticleResponse:
    return ArticleResponse(article=ArticleOut.model_validate(article))


def _articles(page: ArticlePage) -> ArticleListResponse:
    return ArticleListResponse.model_validate(page)


@router.get("")
def list_articles(
    filters: Annotated[ArticleFilters, Query()], viewer_id: OptionalUserId, services: ServicesDep
) -> ArticleListResponse:
    page = services.articles.search(
        viewer_id,
        tag=filters.tag or None,
        author=filters.author or None,
        favorited=filters.favorited or None,
        limit=filters.limit,
        offset=filters.offset,
    )
    return _articles(page)


# Declared before /{slug}, which would otherwise take "feed" for a slug.
@router.get("/feed")
def feed(paging: Annotated[Paging, Query()], user_id: CurrentUserId, services: ServicesDep) -> ArticleListResponse:
    return _articles(services.articles.feed(user_id, limit=paging.limit, offset=paging.offset))


@router.post("", status_code=status.HTTP_201_CREATED)
def create_article(payload: NewArticleRequest, user_id: CurrentUserId, services: ServicesDep) -> ArticleResponse:
    new = payload.article
    article = services.articles.create(
        user_id, title=new.title, description=new.description, body=new.body, tag_list=new.tag_list
    )
    return _article(article)


@router.get("/{slug}")
def get_article(slug: str, viewer_id: OptionalUserId, services: ServicesDep) -> ArticleResponse:
    return _article(services.articles.get(slug, viewer_id))


@router.put("/{slug}")
def update_article(
    slug: str, payload: UpdateArticleRequest, user_id: CurrentUserId, services: ServicesDep
) -> ArticleResponse:
    return _article(services.articles.update(slug, user_id, payload.article.model_dump(exclude_unset=True)))


@router.delete("/{slug}")
def delete_article(slug: str, user_id: CurrentUserId, services: ServicesDep) -> Response:
    services.articles.delete(slug, user_id)
    return Response(status_code=status.HTTP_200_OK)


@router.post("/{slug}/favorite")
def favorite(slug: str, user_id: CurrentUserId, services: ServicesDep) -> ArticleResponse:
    return _article(services.articles.favorite(slug, user_id))


@router.delete("/{slug}/favorite")
def unfavorite(slug: str, user_id: CurrentUserId, services: ServicesDep) -> ArticleResponse:
    return _article(services.articles.unfavorite(slug, user_id))
