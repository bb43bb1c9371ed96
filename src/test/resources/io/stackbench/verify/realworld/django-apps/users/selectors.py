from users.models import Profile


def profile_get_by_username(username: str) -> Profile | None:
    return Profile.objects.select_related("user").filter(user__username=username).first()


def profile_is_following(follower: Profile, followed: Profile) -> bool:
    return follower.follows.filter(pk=followed.pk).exists()
