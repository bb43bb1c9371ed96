from recipes import selectors


class RecipeNotFound(Exception):
    pass


class NotTheAuthor(Exception):
    pass


def recipe_publish(*, recipe_id: int, user_id: int):
    recipe = selectors.recipe_get(recipe_id)
    if recipe is None:
        raise RecipeNotFound(recipe_id)
    if recipe.author_id != user_id:
        raise NotTheAuthor(recipe_id)
    recipe.published = True
    return selectors.recipe_save(recipe, ["published"])


def ingredients_for_menu(*, vegan_only: bool):
    return selectors.ingredient_list(vegan_only=vegan_only)
