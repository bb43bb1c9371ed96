from articles.models import Article, Tag


def article_list(*, tag: str | None = None, author: str | None = None, limit: int = 20, offset: int = 0):
    qs = Article.objects.select_related("author").prefetch_related("tags")
    if tag:
        qs = qs.filter(tags__name=tag)
    if author:
        qs = qs.filter(author__username=author)
    return list(qs[offset:offset + limit]), qs.count()


def article_get(slug: str) -> Article | None:
    return Article.objects.select_related("author").prefetch_related("tags").filter(slug=slug).first()


def article_slug_exists(slug: str) -> bool:
    return Article.objects.filter(slug=slug).exists()


def article_insert(*, author_id: int, slug: str, title: str, description: str, body: str, tags: list[str]) -> Article:
    article = Article.objects.create(author_id=author_id, slug=slug, title=title, description=description, body=body)
    tag_objects = [Tag.objects.get_or_create(name=name)[0] for name in tags]
    article.tags.set(tag_objects)
    return article


def tag_names() -> list[str]:
    return list(Tag.objects.order_by("name").values_list("name", flat=True))
