from fastapi import APIRouter

from conduit.routes.dependencies import ServicesDep
from conduit.routes.schemas import TagListResponse

router = APIRouter(tags=["Tags"])


@router.get("/tags")
def list_tags(services: ServicesDep) -> TagListResponse:
    return TagListResponse(tags=services.tags.in_use())
