package io.conduit.article;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<Article, Long> {
    @EntityGraph(attributePaths = "author")
    Optional<Article> findBySlug(String slug);

    @EntityGraph(attributePaths = "author")
    Page<Article> findAllByOrderByCreatedAtDesc(Pageable pageable);
}
