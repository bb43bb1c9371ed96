from users import selectors


class ProfileNotFound(Exception):
    pass


def profile_view(username: str, viewer_username: str | None = None) -> dict:
    profile = selectors.profile_get_by_username(username)
    if profile is None:
        raise ProfileNotFound(username)
    viewer = selectors.profile_get_by_username(viewer_username) if viewer_username else None
    return {
        "username": profile.user.username,
        "bio": profile.bio,
        "image": profile.image,
        "following": bool(viewer and selectors.profile_is_following(viewer, profile)),
    }
