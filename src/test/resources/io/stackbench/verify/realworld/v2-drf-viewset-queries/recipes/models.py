from django.conf import settings
from django.db import models


class Ingredient(models.Model):
    name = models.CharField(max_length=120, unique=True)
    vegan = models.BooleanField(default=False)


class Recipe(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recipes")
    ingredients = models.ManyToManyField(Ingredient, related_name="recipes")
    minutes = models.PositiveIntegerField()
    published = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
