package io.stackbench.task;

import io.stackbench.core.StackBenchException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A feature of Conduit that a feature task removes from a working codebase, for the agent to build
 * again inside the codebase's structure.
 *
 * @param id          the name in task ids and filters, e.g. {@code comments}
 * @param description what the feature is, for the prompt
 * @param operations  the contract operations it consists of, which the prompt names
 * @param scope       the suite's assertions that are its own
 */
public record Feature(String id, String description, List<String> operations, FeatureScope scope) {

    public Feature {
        operations = List.copyOf(operations);
    }

    /** The five features StackBench removes from each reference solution, as the study's feature tasks do. */
    public static final List<Feature> BUILTIN = List.of(
            new Feature("comments", "comments on articles: adding, listing and deleting them",
                    List.of("CreateArticleComment", "GetArticleComments", "DeleteArticleComment"),
                    new FeatureScope(Set.of("comments"), Set.of())),
            new Feature("favorites", "favorites: favoriting and unfavoriting articles, each article's `favorited` and"
                    + " `favoritesCount`, and the `favorited` filter of the article list",
                    List.of("CreateArticleFavorite", "DeleteArticleFavorite", "GetArticles"),
                    new FeatureScope(Set.of("favorites"), Set.of())),
            new Feature("profiles", "profiles and following: reading a profile, following and unfollowing users, each"
                    + " profile's `following`, and the feed of articles by followed users",
                    List.of("GetProfileByUsername", "FollowUserByUsername", "UnfollowUserByUsername", "GetArticlesFeed"),
                    new FeatureScope(Set.of("profiles", "feed"), Set.of())),
            new Feature("tags", "tags: an article's `tagList`, the `tag` filter of the article list, and the list of tags",
                    List.of("GetTags", "CreateArticle", "GetArticles"),
                    new FeatureScope(Set.of("tags"), Set.of())),
            new Feature("update-delete", "updating and deleting articles",
                    List.of("UpdateArticle", "DeleteArticle"),
                    new FeatureScope(Set.of(), Set.of("UpdateArticle", "DeleteArticle"))));

    public static Optional<Feature> builtin(String id) {
        return BUILTIN.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** A built-in feature by id, or an input error that lists them. */
    public static Feature fromId(String id) {
        return builtin(id).orElseThrow(() -> StackBenchException.invalidInput("unknown feature '" + id + "'; known: "
                + BUILTIN.stream().map(Feature::id).collect(Collectors.joining(", "))));
    }
}
