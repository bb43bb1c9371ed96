from conduit.models import User
from conduit.services.views import ProfileView


def profile_of(user: User, following: bool) -> ProfileView:
    return ProfileView(username=user.username, bio=user.bio, image=user.image, following=following)
