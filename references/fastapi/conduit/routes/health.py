from fastapi import APIRouter

router = APIRouter(tags=["Health"])


@router.get("/health-check")
def health_check() -> dict[str, str]:
    return {"status": "ok"}
