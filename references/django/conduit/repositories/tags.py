from collections.abc import Sequence

from sqlalchemy import select

from conduit.models import Tag, article_tags
from conduit.repositories.session import SessionBound


class TagRepository(SessionBound):
    def named(self, names: Sequence[str]) -> list[Tag]:
        """The tags with these names, in this order, creating the ones that do not exist yet."""
        if not names:
            return []
        known = {tag.name: tag for tag in self._session.scalars(select(Tag).where(Tag.name.in_(names)))}
        missing = [Tag(name=name) for name in names if name not in known]
        if missing:
            self._session.add_all(missing)
            self._flush()
            known.update((tag.name, tag) for tag in missing)
        return [known[name] for name in names]

    def names_in_use(self) -> list[str]:
        """Every tag that at least one existing article carries, once, by name."""
        stmt = select(Tag.name).where(Tag.id.in_(select(article_tags.c.tag_id))).order_by(Tag.name)
        return list(self._session.scalars(stmt))
