from conduit.repositories import UnitOfWork


class TagService:
    def __init__(self, uow: UnitOfWork):
        self._uow = uow

    def in_use(self) -> list[str]:
        return self._uow.tags.names_in_use()
