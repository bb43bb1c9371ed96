import re

from app.features.articles.models import Article
from app.features.articles.repository import ArticleRepository


class ArticleNotFound(Exception):
    pass


class ArticleService:
    def __init__(self, repository: ArticleRepository) -> None:
        self.repository = repository

    def get(self, slug: str) -> Article:
        article = self.repository.get_by_slug(slug)
        if article is None:
            raise ArticleNotFound(slug)
        return article

    def list(self, limit: int = 20, offset: int = 0) -> list[Article]:
        return self.repository.list(limit, offset)

    def create(self, author_id: int, title: str, description: str, body: str) -> Article:
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        return self.repository.add(Article(slug=slug, title=title, description=description,
                                           body=body, author_id=author_id))
