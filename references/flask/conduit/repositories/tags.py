from collections.abc import Sequence

from sqlalchemy import select

from conduit.models import Tag, article_tags
from conduit.repositories.base import Repository


class TagRepository(Repository):
    def get_or_create(self, names: Sequence[str]) -> list[Tag]:
        if not names:
            return []
        existing = {t.name: t for t in self._session.scalars(select(Tag).where(Tag.name.in_(names)))}
        tags = []
        for name in names:
            tag = existing.get(name)
            if tag is None:
                tag = existing[name] = Tag(name=name)
                self._session.add(tag)
            tags.append(tag)
        self._flush()
        return tags

    def names_in_use(self) -> list[str]:
        # Tags left behind by deleted articles are not listed.
        stmt = select(Tag.name).join(article_tags, article_tags.c.tag_id == Tag.id).distinct().order_by(Tag.name)
        return list(self._session.scalars(stmt))
