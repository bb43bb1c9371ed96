from recipes.models import Ingredient, Recipe


def ingredient_list(*, vegan_only: bool = False):
    qs = Ingredient.objects.order_by("name")
    return qs.filter(vegan=True) if vegan_only else qs


def recipe_get(pk: int) -> Recipe | None:
    return Recipe.objects.filter(pk=pk).first()


def recipe_save(recipe: Recipe, fields: list[str]) -> Recipe:
    recipe.save(update_fields=fields)
    return recipe
