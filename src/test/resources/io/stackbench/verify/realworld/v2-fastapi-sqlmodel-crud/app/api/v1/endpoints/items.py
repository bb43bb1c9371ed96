from fastapi import APIRouter, HTTPException, status

from app.api.deps import InventoryDep
from app.schemas.item import ItemCreate, ItemPublic, StockAdjustment
from app.services.inventory import DuplicateSku, InsufficientStock, UnknownWarehouse

router = APIRouter(prefix="/items", tags=["items"])


@router.get("/", response_model=list[ItemPublic])
def read_items(inventory: InventoryDep, skip: int = 0, limit: int = 100):
    return inventory.list_items(skip, limit)


@router.post("/", response_model=ItemPublic, status_code=status.HTTP_201_CREATED)
def create_item(item_in: ItemCreate, inventory: InventoryDep):
    try:
        return inventory.receive(item_in)
    except DuplicateSku:
        raise HTTPException(status_code=409, detail="SKU already exists")
    except UnknownWarehouse:
        raise HTTPException(status_code=422, detail="Unknown warehouse")


@router.post("/{sku}/adjust", response_model=ItemPublic)
def adjust_stock(sku: str, body: StockAdjustment, inventory: InventoryDep):
    try:
        item = inventory.adjust(sku, body.delta)
    except InsufficientStock:
        raise HTTPException(status_code=409, detail="Not enough stock")
    if item is None:
        raise HTTPException(status_code=404, detail="Item not found")
    return item
