from fastapi import APIRouter, Depends, HTTPException

from app.dependencies import get_profile_service
from app.services.profiles import ProfileNotFoundError, ProfileService

router = APIRouter(prefix="/profiles", tags=["profiles"])


@router.get("/{username}")
def get_profile(username: str, service: ProfileService = Depends(get_profile_service)):
    try:
        return {"profile": service.get(username)}
    except ProfileNotFoundError:
        raise HTTPException(status_code=404, detail="profile not found")
