from typing import Annotated

from fastapi import Depends
from sqlmodel import Session

from app.core.db import get_session
from app.crud.crud_item import ItemCRUD
from app.services.inventory import InventoryService

SessionDep = Annotated[Session, Depends(get_session)]


def get_inventory_service(session: SessionDep) -> InventoryService:
    return InventoryService(ItemCRUD(session))


InventoryDep = Annotated[InventoryService, Depends(get_inventory_service)]
