from shop.persistence.order_repository import OrderRepository


class EmptyOrder(Exception):
    pass


class OrderSummaryService:
    def __init__(self, repo: OrderRepository) -> None:
        self.repo = repo

    def summary(self, order_id: int) -> dict:
        lines = self.repo.lines_with_totals(order_id)
        if not lines:
            raise EmptyOrder(order_id)
        return {"order_id": order_id, "lines": lines, "total": str(sum(line["total"] for line in lines))}
