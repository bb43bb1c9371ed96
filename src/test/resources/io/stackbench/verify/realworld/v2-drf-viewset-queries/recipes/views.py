from rest_framework import permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from recipes import services
from recipes.models import Recipe
from recipes.serializers import IngredientSerializer, RecipeSerializer


class RecipeViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = RecipeSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]

    def get_queryset(self):
        qs = Recipe.objects.filter(published=True).select_related("author").prefetch_related("ingredients")
        max_minutes = self.request.query_params.get("max_minutes")
        if max_minutes:
            qs = qs.filter(minutes__lte=int(max_minutes))
        return qs

    @action(detail=True, methods=["post"], permission_classes=[permissions.IsAuthenticated])
    def publish(self, request, pk=None):
        try:
            recipe = services.recipe_publish(recipe_id=int(pk), user_id=request.user.id)
        except services.RecipeNotFound:
            return Response(status=status.HTTP_404_NOT_FOUND)
        except services.NotTheAuthor:
            return Response(status=status.HTTP_403_FORBIDDEN)
        return Response(RecipeSerializer(recipe).data)


class IngredientViewSet(viewsets.ViewSet):
    def list(self, request):
        vegan_only = request.query_params.get("vegan") == "1"
        return Response(IngredientSerializer(services.ingredients_for_menu(vegan_only=vegan_only), many=True).data)
