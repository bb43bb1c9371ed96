from litestar import Litestar
from litestar.di import Provide

from shipping.controllers.shipments import ShipmentController
from shipping.db import engine, provide_session
from shipping.providers import provide_tracking_service


async def dispose_engine() -> None:
    await engine.dispose()


app = Litestar(
    route_handlers=[ShipmentController],
    dependencies={
        "db_session": Provide(provide_session),
        "tracking_service": Provide(provide_tracking_service),
    },
    on_shutdown=[dispose_engine],
)
