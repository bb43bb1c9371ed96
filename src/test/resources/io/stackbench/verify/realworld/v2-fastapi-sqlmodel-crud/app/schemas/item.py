import uuid

from pydantic import BaseModel, Field


class ItemCreate(BaseModel):
    sku: str = Field(max_length=32)
    name: str
    quantity: int = Field(ge=0, default=0)
    warehouse_code: str


class ItemPublic(BaseModel):
    id: uuid.UUID
    sku: str
    name: str
    quantity: int


class StockAdjustment(BaseModel):
    delta: int
