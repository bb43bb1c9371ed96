from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from shipping.models import Shipment


class ShipmentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def by_tracking_code(self, code: str) -> Shipment | None:
        return await self.session.scalar(select(Shipment).where(Shipment.tracking_code == code))

    async def in_transit_summary(self) -> list[dict]:
        result = await self.session.execute(
            text(
                "SELECT destination, COUNT(*) AS parcels, MIN(eta) AS next_eta "
                "FROM shipments WHERE status = 'in_transit' "
                "GROUP BY destination ORDER BY next_eta"
            )
        )
        return [dict(row._mapping) for row in result]
