from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from users import services


class ProfileDetailApi(APIView):
    def get(self, request, username: str):
        viewer = request.user.username if request.user.is_authenticated else None
        try:
            profile = services.profile_view(username, viewer)
        except services.ProfileNotFound:
            return Response({"errors": {"profile": ["not found"]}}, status=status.HTTP_404_NOT_FOUND)
        return Response({"profile": profile})
