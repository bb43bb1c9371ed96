import re

from conduit.core.domain.models import Article
from conduit.core.domain.repositories import ArticleRepository


class ArticleNotFound(LookupError):
    pass


class ArticleService:
    def __init__(self, articles: ArticleRepository) -> None:
        self._articles = articles

    async def get(self, slug: str) -> Article:
        article = await self._articles.by_slug(slug)
        if article is None:
            raise ArticleNotFound(slug)
        return article

    async def list(self, limit: int = 20, offset: int = 0) -> list[Article]:
        return await self._articles.recent(limit, offset)

    async def publish(self, author_id: int, title: str, description: str, body: str) -> Article:
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        article = Article(slug, title, description, body, author_id)
        await self._articles.add(article)
        return article
