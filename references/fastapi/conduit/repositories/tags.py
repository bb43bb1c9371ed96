from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from conduit.models import Tag, article_tags
from conduit.repositories.session import flush


class TagRepository:
    def __init__(self, session: Session):
        self._session = session

    def get_or_create(self, names: Sequence[str]) -> list[Tag]:
        """The tags of these names, in this order, creating those that do not exist yet."""
        if not names:
            return []
        known = {tag.name: tag for tag in self._session.scalars(select(Tag).where(Tag.name.in_(names)))}
        missing = [Tag(name=name) for name in names if name not in known]
        if missing:
            self._session.add_all(missing)
            flush(self._session)
            known.update((tag.name, tag) for tag in missing)
        return [known[name] for name in names]

    def names_in_use(self) -> list[str]:
        """Tags of existing articles only: a tag whose last article was deleted is not listed."""
        used = select(article_tags.c.tag_id)
        return list(self._session.scalars(select(Tag.name).where(Tag.id.in_(used)).order_by(Tag.name)))
