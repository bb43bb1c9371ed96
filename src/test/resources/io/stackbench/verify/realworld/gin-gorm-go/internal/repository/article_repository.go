package repository

import (
	"gorm.io/gorm"

	"github.com/example/conduit-gin/internal/models"
)

type ArticleRepository struct {
	db *gorm.DB
}

func NewArticleRepository(db *gorm.DB) *ArticleRepository {
	return &ArticleRepository{db: db}
}

func (r *ArticleRepository) FindBySlug(slug string) (*models.Article, error) {
	var article models.Article
	err := r.db.Preload("Author").Where(&models.Article{Slug: slug}).First(&article).Error
	return &article, err
}

func (r *ArticleRepository) FindRecent(limit, offset int) ([]models.Article, error) {
	var articles []models.Article
	err := r.db.Preload("Author").Order("created_at desc").Limit(limit).Offset(offset).Find(&articles).Error
	return articles, err
}

func (r *ArticleRepository) Create(article *models.Article) error {
	return r.db.Create(article).Error
}
