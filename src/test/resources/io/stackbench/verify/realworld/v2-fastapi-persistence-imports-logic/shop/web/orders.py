from fastapi import APIRouter, Depends, HTTPException

from shop.logic.orders import EmptyOrder, OrderSummaryService
from shop.web.providers import get_order_summary_service

router = APIRouter(prefix="/orders", tags=["orders"])


@router.get("/{order_id}/summary")
def order_summary(order_id: int, service: OrderSummaryService = Depends(get_order_summary_service)):
    try:
        return service.summary(order_id)
    except EmptyOrder:
        raise HTTPException(status_code=404, detail="order has no lines")
