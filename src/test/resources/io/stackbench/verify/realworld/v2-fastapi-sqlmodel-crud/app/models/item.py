import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel


class Warehouse(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    code: str = Field(max_length=8, unique=True, index=True)
    city: str


class Item(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    sku: str = Field(max_length=32, unique=True, index=True)
    name: str = Field(max_length=255)
    quantity: int = 0
    warehouse_id: uuid.UUID = Field(foreign_key="warehouse.id")
    updated_at: datetime = Field(default_factory=datetime.utcnow)
