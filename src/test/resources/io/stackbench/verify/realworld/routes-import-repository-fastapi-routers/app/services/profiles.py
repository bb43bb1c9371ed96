from app.repositories.users import UserRepository


class ProfileNotFoundError(Exception):
    pass


class ProfileService:
    def __init__(self, users: UserRepository) -> None:
        self.users = users

    def get(self, username: str) -> dict:
        user = self.users.get_by_username(username)
        if user is None:
            raise ProfileNotFoundError(username)
        return {"username": user.username, "bio": user.bio, "image": user.image, "following": False}
