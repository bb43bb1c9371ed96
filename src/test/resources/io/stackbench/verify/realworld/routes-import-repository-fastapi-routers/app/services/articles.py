from app.repositories.articles import ArticleRepository


class ArticleNotFoundError(Exception):
    pass


class ArticleService:
    def __init__(self, articles: ArticleRepository) -> None:
        self.articles = articles

    def get(self, slug: str):
        article = self.articles.get_by_slug(slug)
        if article is None:
            raise ArticleNotFoundError(slug)
        return article

    def feed(self, limit: int = 20, offset: int = 0):
        return self.articles.list_recent(limit, offset)
