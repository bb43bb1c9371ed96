from dataclasses import dataclass

from slugify import slugify

from conduit.domain.article import Article
from conduit.domain.repositories import ArticleRepository


class ArticleNotFound(Exception):
    pass


@dataclass
class CreateArticleCommand:
    author_id: int
    title: str
    description: str
    body: str
    tags: list[str]


class ArticleService:
    def __init__(self, articles: ArticleRepository) -> None:
        self._articles = articles

    def get(self, slug: str) -> Article:
        article = self._articles.get_by_slug(slug)
        if article is None:
            raise ArticleNotFound(slug)
        return article

    def feed(self, limit: int = 20, offset: int = 0) -> list[Article]:
        return self._articles.list_recent(limit, offset)

    def create(self, cmd: CreateArticleCommand) -> Article:
        article = Article(slug=slugify(cmd.title), title=cmd.title, description=cmd.description,
                          body=cmd.body, author_id=cmd.author_id, tags=cmd.tags)
        return self._articles.save(article)
