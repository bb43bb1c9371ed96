from app.repositories.articles import ArticleRepository


class ArticleNotFound(Exception):
    pass


class ArticleService:
    def __init__(self, repository: ArticleRepository) -> None:
        self.repository = repository

    def get(self, slug: str) -> dict:
        article = self.repository.get_by_slug(slug)
        if article is None:
            raise ArticleNotFound(slug)
        return article

    def recent(self, limit: int = 20, offset: int = 0) -> list[dict]:
        return [{"slug": a.slug, "title": a.title, "description": a.description, "body": a.body,
                 "favorites_count": a.favorites_count} for a in self.repository.list_recent(limit, offset)]
