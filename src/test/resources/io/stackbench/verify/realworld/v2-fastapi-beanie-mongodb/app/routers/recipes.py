from beanie import PydanticObjectId
from fastapi import APIRouter, HTTPException

from app.documents.recipe import Recipe

router = APIRouter(prefix="/recipes", tags=["recipes"])


@router.get("/")
async def search(tag: str | None = None, max_minutes: int = 120) -> list[Recipe]:
    query = Recipe.find(Recipe.minutes <= max_minutes)
    if tag:
        query = query.find({"tags": tag})
    return await query.sort(-Recipe.created_at).limit(50).to_list()


@router.get("/{recipe_id}")
async def get_recipe(recipe_id: PydanticObjectId) -> Recipe:
    recipe = await Recipe.get(recipe_id)
    if recipe is None:
        raise HTTPException(status_code=404)
    return recipe
