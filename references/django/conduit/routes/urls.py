"""URLconf of the API (mounted at /api/ by conduit/urls.py). One class-based view per
resource; its methods are the HTTP operations."""

from django.urls import path

from conduit.routes.views import articles, comments, health, profiles, tags, users

app_name = "conduit"

urlpatterns = [
    path("health-check", health.HealthCheckView.as_view(), name="health-check"),
    path("users", users.RegistrationView.as_view(), name="users"),
    path("users/login", users.LoginView.as_view(), name="login"),
    path("user", users.CurrentUserView.as_view(), name="current-user"),
    path("profiles/<str:username>", profiles.ProfileView.as_view(), name="profile"),
    path("profiles/<str:username>/follow", profiles.FollowView.as_view(), name="follow"),
    # "feed" must be matched before the <slug> pattern would take it.
    path("articles/feed", articles.FeedView.as_view(), name="feed"),
    path("articles", articles.ArticleListView.as_view(), name="articles"),
    path("articles/<str:slug>", articles.ArticleView.as_view(), name="article"),
    path("articles/<str:slug>/favorite", articles.FavoriteView.as_view(), name="favorite"),
    path("articles/<str:slug>/comments", comments.CommentListView.as_view(), name="comments"),
    path("articles/<str:slug>/comments/<int:comment_id>", comments.CommentView.as_view(), name="comment"),
    path("tags", tags.TagListView.as_view(), name="tags"),
]
