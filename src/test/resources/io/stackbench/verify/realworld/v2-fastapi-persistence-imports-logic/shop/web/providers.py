from collections.abc import Iterator

from fastapi import Depends
from sqlalchemy.orm import Session

from shop.logic.orders import OrderSummaryService
from shop.orm.session import SessionLocal
from shop.persistence.order_repository import OrderRepository


def get_session() -> Iterator[Session]:
    with SessionLocal() as session:
        yield session


def get_order_summary_service(session: Session = Depends(get_session)) -> OrderSummaryService:
    return OrderSummaryService(OrderRepository(session))
