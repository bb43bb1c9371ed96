from conduit.repositories import TagRepository


class TagService:
    def __init__(self, tags: TagRepository):
        self._tags = tags

    def in_use(self) -> list[str]:
        return self._tags.names_in_use()
