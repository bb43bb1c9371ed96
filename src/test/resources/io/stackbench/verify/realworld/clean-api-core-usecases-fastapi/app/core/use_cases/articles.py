from slugify import slugify

from app.core.entities.article import Article
from app.core.ports.repositories import ArticleRepository


class ArticleNotFound(Exception):
    pass


class ArticleUseCases:
    def __init__(self, articles: ArticleRepository) -> None:
        self._articles = articles

    async def get(self, slug: str) -> Article:
        article = await self._articles.get_by_slug(slug)
        if article is None:
            raise ArticleNotFound(slug)
        return article

    async def list(self, tag: str | None = None, limit: int = 20, offset: int = 0) -> list[Article]:
        return await self._articles.list(tag=tag, limit=limit, offset=offset)

    async def create(self, author_id: int, title: str, description: str, body: str, tags: list[str]) -> Article:
        article = Article(slug=slugify(title), title=title, description=description,
                          body=body, author_id=author_id, tags=sorted(set(tags)))
        return await self._articles.add(article)
