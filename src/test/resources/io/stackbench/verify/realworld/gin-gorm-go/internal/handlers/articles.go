package handlers

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/example/conduit-gin/internal/services"
)

type newArticle struct {
	Article struct {
		Title       string `json:"title" binding:"required"`
		Description string `json:"description"`
		Body        string `json:"body" binding:"required"`
	} `json:"article"`
}

func RegisterArticleRoutes(rg *gin.RouterGroup, svc *services.ArticleService) {
	rg.GET("/articles", func(c *gin.Context) {
		limit, _ := strconv.Atoi(c.DefaultQuery("limit", "20"))
		offset, _ := strconv.Atoi(c.DefaultQuery("offset", "0"))
		articles, err := svc.List(limit, offset)
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"errors": gin.H{"body": []string{err.Error()}}})
			return
		}
		c.JSON(http.StatusOK, gin.H{"articles": articles, "articlesCount": len(articles)})
	})

	rg.GET("/articles/:slug", func(c *gin.Context) {
		article, err := svc.Get(c.Param("slug"))
		if errors.Is(err, services.ErrArticleNotFound) {
			c.Status(http.StatusNotFound)
			return
		}
		c.JSON(http.StatusOK, gin.H{"article": article})
	})

	rg.POST("/articles", func(c *gin.Context) {
		var in newArticle
		if err := c.ShouldBindJSON(&in); err != nil {
			c.JSON(http.StatusUnprocessableEntity, gin.H{"errors": gin.H{"body": []string{err.Error()}}})
			return
		}
		userID, _ := strconv.Atoi(c.GetHeader("X-User-Id"))
		article, err := svc.Create(uint(userID), in.Article.Title, in.Article.Description, in.Article.Body)
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"errors": gin.H{"body": []string{err.Error()}}})
			return
		}
		c.JSON(http.StatusCreated, gin.H{"article": article})
	})
}
