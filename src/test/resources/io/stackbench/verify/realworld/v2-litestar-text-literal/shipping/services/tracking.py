from dataclasses import dataclass

from shipping.repositories.shipments import ShipmentRepository


class UnknownTrackingCode(Exception):
    pass


@dataclass
class TrackingService:
    shipments: ShipmentRepository

    async def track(self, code: str) -> dict:
        shipment = await self.shipments.by_tracking_code(code.upper())
        if shipment is None:
            raise UnknownTrackingCode(code)
        return {"code": shipment.tracking_code, "status": shipment.status, "eta": shipment.eta}

    async def dashboard(self) -> list[dict]:
        return await self.shipments.in_transit_summary()
