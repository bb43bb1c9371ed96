import re
import uuid

from articles import selectors


class ArticleNotFound(Exception):
    pass


def _slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def get_article(slug: str):
    article = selectors.article_get(slug)
    if article is None:
        raise ArticleNotFound(slug)
    return article


def list_articles(**filters):
    return selectors.article_list(**filters)


def create_article(*, author_id: int, title: str, description: str, body: str, tags: list[str] | None = None):
    slug = _slugify(title)
    if selectors.article_slug_exists(slug):
        slug = f"{slug}-{uuid.uuid4().hex[:6]}"
    return selectors.article_insert(author_id=author_id, slug=slug, title=title, description=description,
                                    body=body, tags=sorted(set(tags or [])))


def list_tags() -> list[str]:
    return selectors.tag_names()
