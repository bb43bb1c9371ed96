from fastapi import APIRouter, status

from conduit.routes.dependencies import CurrentUserId, ServicesDep
from conduit.routes.schemas import LoginRequest, NewUserRequest, UpdateUserRequest, UserOut, UserResponse
from conduit.services.results import AccountData

router = APIRouter(tags=["User and Authentication"])


def _user(account: AccountData) -> UserResponse:
    return UserResponse(user=UserOut.model_validate(account))


@router.post("/users", status_code=status.HTTP_201_CREATED)
def register(payload: NewUserRequest, services: ServicesDep) -> UserResponse:
    new = payload.user
    return _user(services.users.register(username=new.username, email=new.email, password=new.password))


@router.post("/users/login")
def login(payload: LoginRequest, services: ServicesDep) -> UserResponse:
    return _user(services.users.login(email=payload.user.email, password=payload.user.password))


@router.get("/user")
def current_user(user_id: CurrentUserId, services: ServicesDep) -> UserResponse:
    return _user(services.users.current(user_id))


@router.put("/user")
def update_user(payload: UpdateUserRequest, user_id: CurrentUserId, services: ServicesDep) -> UserResponse:
    # Only the fields the client sent are changed; an explicit null clears bio or image.
    return _user(services.users.update(user_id, payload.user.model_dump(exclude_unset=True)))
