from fastapi import APIRouter

from conduit.routes.dependencies import CurrentUserId, OptionalUserId, ServicesDep
from conduit.routes.schemas import ProfileOut, ProfileResponse
from conduit.services.results import ProfileData

router = APIRouter(prefix="/profiles", tags=["Profile"])


def _profile(profile: ProfileData) -> ProfileResponse:
    return ProfileResponse(profile=ProfileOut.model_validate(profile))


@router.get("/{username}")
def get_profile(username: str, viewer_id: OptionalUserId, services: ServicesDep) -> ProfileResponse:
    return _profile(services.profiles.get(username, viewer_id))


@router.post("/{username}/follow")
def follow(username: str, user_id: CurrentUserId, services: ServicesDep) -> ProfileResponse:
    return _profile(services.profiles.follow(username, user_id))


@router.delete("/{username}/follow")
def unfollow(username: str, user_id: CurrentUserId, services: ServicesDep) -> ProfileResponse:
    return _profile(services.profiles.unfollow(username, user_id))
