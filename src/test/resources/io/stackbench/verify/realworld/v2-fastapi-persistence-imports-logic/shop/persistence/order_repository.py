from sqlalchemy import select
from sqlalchemy.orm import Session

from shop.logic.pricing import gross_line_total
from shop.orm.tables import OrderLine


class OrderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def lines_with_totals(self, order_id: int) -> list[dict]:
        lines = self.session.scalars(select(OrderLine).where(OrderLine.order_id == order_id)).all()
        return [
            {
                "product": line.product.name,
                "quantity": line.quantity,
                "total": gross_line_total(line.product.net_price, line.quantity),
            }
            for line in lines
        ]
