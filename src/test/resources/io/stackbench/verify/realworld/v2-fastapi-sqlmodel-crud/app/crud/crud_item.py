from sqlmodel import Session, col, select

from app.models.item import Item, Warehouse


class ItemCRUD:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get_by_sku(self, sku: str) -> Item | None:
        return self.session.exec(select(Item).where(Item.sku == sku)).first()

    def list(self, skip: int, limit: int) -> list[Item]:
        return list(self.session.exec(select(Item).order_by(col(Item.name)).offset(skip).limit(limit)))

    def warehouse_by_code(self, code: str) -> Warehouse | None:
        return self.session.exec(select(Warehouse).where(Warehouse.code == code)).first()

    def save(self, item: Item) -> Item:
        self.session.add(item)
        self.session.commit()
        self.session.refresh(item)
        return item
