package io.conduit.article;

import java.util.NoSuchElementException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ArticleService {
    private final ArticleRepository articles;

    public ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    public Article get(String slug) {
        return articles.findBySlug(slug).orElseThrow(() -> new NoSuchElementException("article " + slug));
    }

    public Page<Article> recent(int limit, int offset) {
        return articles.findAllByOrderByCreatedAtDesc(PageRequest.of(offset / Math.max(limit, 1), limit));
    }
}
