from sqlalchemy.ext.asyncio import AsyncSession

from shipping.repositories.shipments import ShipmentRepository
from shipping.services.tracking import TrackingService


async def provide_tracking_service(db_session: AsyncSession) -> TrackingService:
    return TrackingService(ShipmentRepository(db_session))
