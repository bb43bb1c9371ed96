from collections.abc import Sequence

from sqlalchemy import select

from conduit.models import ArticleTag, Tag
from conduit.repositories.base import Repository


class TagRepository(Repository):
    async def get_or_create(self, names: Sequence[str]) -> list[Tag]:
        """The tags with these names, in this order; missing ones are created."""
        if not names:
            return []
        found = await self._session.scalars(select(Tag).where(Tag.name.in_(names)))
        existing = {tag.name: tag for tag in found}
        missing = [Tag(name=name) for name in names if name not in existing]
        if missing:
            self._session.add_all(missing)
            await self._flush()
            existing.update((tag.name, tag) for tag in missing)
        return [existing[name] for name in names]

    async def names_in_use(self) -> list[str]:
        # Only tags that an existing article carries; those of deleted articles drop out.
        stmt = select(Tag.name).join(ArticleTag, ArticleTag.tag_id == Tag.id).distinct().order_by(Tag.name)
        return list(await self._session.scalars(stmt))
