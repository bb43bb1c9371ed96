from litestar import Controller, get
from litestar.exceptions import NotFoundException

from shipping.services.tracking import TrackingService, UnknownTrackingCode


class ShipmentController(Controller):
    path = "/shipments"

    @get("/{code:str}")
    async def track(self, code: str, tracking_service: TrackingService) -> dict:
        try:
            return await tracking_service.track(code)
        except UnknownTrackingCode:
            raise NotFoundException(detail=f"No shipment {code}")

    @get("/in-transit")
    async def in_transit(self, tracking_service: TrackingService) -> list[dict]:
        return await tracking_service.dashboard()
