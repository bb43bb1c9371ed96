from rest_framework import serializers

from recipes.models import Ingredient, Recipe


class IngredientSerializer(serializers.ModelSerializer):
    class Meta:
        model = Ingredient
        fields = ["id", "name", "vegan"]


class RecipeSerializer(serializers.ModelSerializer):
    author = serializers.StringRelatedField()
    ingredients = IngredientSerializer(many=True, read_only=True)

    class Meta:
        model = Recipe
        fields = ["id", "title", "slug", "author", "ingredients", "minutes", "published"]
