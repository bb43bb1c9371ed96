package services

import (
	"errors"
	"regexp"
	"strings"

	"gorm.io/gorm"

	"github.com/example/conduit-gin/internal/models"
	"github.com/example/conduit-gin/internal/repository"
)

var ErrArticleNotFound = errors.New("article not found")

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

type ArticleService struct {
	repo *repository.ArticleRepository
}

func NewArticleService(repo *repository.ArticleRepository) *ArticleService {
	return &ArticleService{repo: repo}
}

func (s *ArticleService) Get(slug string) (*models.Article, error) {
	article, err := s.repo.FindBySlug(slug)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrArticleNotFound
	}
	return article, err
}

func (s *ArticleService) List(limit, offset int) ([]models.Article, error) {
	return s.repo.FindRecent(limit, offset)
}

func (s *ArticleService) Create(authorID uint, title, description, body string) (*models.Article, error) {
	slug := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(title), "-"), "-")
	article := &models.Article{Slug: slug, Title: title, Description: description, Body: body, AuthorID: authorID}
	return article, s.repo.Create(article)
}
