from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from app.dependencies import get_user_service
from app.features.users.service import EmailTaken, UserService

router = APIRouter(prefix="/users", tags=["users"])


class RegisterIn(BaseModel):
    username: str
    email: str
    password: str


@router.post("", status_code=201)
def register(body: RegisterIn, service: UserService = Depends(get_user_service)):
    try:
        user = service.register(body.username, body.email, body.password)
    except EmailTaken:
        raise HTTPException(status_code=422, detail="email has already been taken")
    return {"user": {"username": user.username, "email": user.email, "bio": user.bio, "image": user.image}}
