from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, EmailStr

from app.api.deps import get_user_use_cases
from app.core.use_cases.users import InvalidCredentials, UserUseCases

router = APIRouter(tags=["users"])


class Registration(BaseModel):
    username: str
    email: EmailStr
    password: str


class Login(BaseModel):
    email: EmailStr
    password: str


@router.post("/users", status_code=201)
async def register(payload: Registration, use_cases: UserUseCases = Depends(get_user_use_cases)):
    user = await use_cases.register(payload.username, payload.email, payload.password)
    return {"user": {"username": user.username, "email": user.email, "bio": user.bio, "image": user.image}}


@router.post("/users/login")
async def login(payload: Login, use_cases: UserUseCases = Depends(get_user_use_cases)):
    try:
        user = await use_cases.login(payload.email, payload.password)
    except InvalidCredentials:
        raise HTTPException(status_code=422, detail="email or password is invalid")
    return {"user": {"username": user.username, "email": user.email, "bio": user.bio, "image": user.image}}
