from conduit.repositories import UnitOfWorkFactory


class TagService:
    def __init__(self, units: UnitOfWorkFactory):
        self._units = units

    async def in_use(self) -> list[str]:
        async with self._units() as uow:
            return await uow.tags.names_in_use()
