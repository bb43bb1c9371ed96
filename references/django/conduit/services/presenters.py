from conduit.models import User
from conduit.services.results import ProfileResult


def profile_of(user: User, following: bool) -> ProfileResult:
    return ProfileResult(username=user.username, bio=user.bio, image=user.image, following=following)
