from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from app.deps import get_auth_service
from app.services.auth import AuthService, InvalidCredentials

router = APIRouter(prefix="/api/users", tags=["auth"])


class Credentials(BaseModel):
    email: str
    password: str
    username: str | None = None


@router.post("", status_code=201)
def register(body: Credentials, service: AuthService = Depends(get_auth_service)):
    user = service.register(body.username or body.email.split("@")[0], body.email, body.password)
    return {"user": {"username": user.username, "email": user.email}}


@router.post("/login")
def login(body: Credentials, service: AuthService = Depends(get_auth_service)):
    try:
        user = service.login(body.email, body.password)
    except InvalidCredentials:
        raise HTTPException(status_code=422, detail="email or password is invalid")
    return {"user": {"username": user.username, "email": user.email}}
