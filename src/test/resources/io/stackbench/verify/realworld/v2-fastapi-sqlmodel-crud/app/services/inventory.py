from app.crud.crud_item import ItemCRUD
from app.models.item import Item
from app.schemas.item import ItemCreate


class DuplicateSku(Exception):
    pass


class UnknownWarehouse(Exception):
    pass


class InsufficientStock(Exception):
    pass


class InventoryService:
    def __init__(self, items: ItemCRUD) -> None:
        self.items = items

    def list_items(self, skip: int = 0, limit: int = 100) -> list[Item]:
        return self.items.list(skip, min(limit, 500))

    def receive(self, data: ItemCreate) -> Item:
        if self.items.get_by_sku(data.sku):
            raise DuplicateSku(data.sku)
        warehouse = self.items.warehouse_by_code(data.warehouse_code)
        if warehouse is None:
            raise UnknownWarehouse(data.warehouse_code)
        return self.items.save(Item(sku=data.sku, name=data.name, quantity=data.quantity, warehouse_id=warehouse.id))

    def adjust(self, sku: str, delta: int) -> Item | None:
        item = self.items.get_by_sku(sku)
        if item is None:
            return None
        if item.quantity + delta < 0:
            raise InsufficientStock(sku)
        item.quantity += delta
        return self.items.save(item)
