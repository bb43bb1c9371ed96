package main

import (
	"log"
	"os"

	"github.com/gin-gonic/gin"

	"github.com/example/conduit-gin/internal/database"
	"github.com/example/conduit-gin/internal/handlers"
	"github.com/example/conduit-gin/internal/models"
	"github.com/example/conduit-gin/internal/repository"
	"github.com/example/conduit-gin/internal/services"
)

func main() {
	db, err := database.Open(os.Getenv("DB_DRIVER"), os.Getenv("DB_DSN"))
	if err != nil {
		log.Fatalf("open database: %v", err)
	}
	if err := db.AutoMigrate(&models.User{}, &models.Article{}); err != nil {
		log.Fatalf("migrate: %v", err)
	}

	articleService := services.NewArticleService(repository.NewArticleRepository(db))

	r := gin.Default()
	api := r.Group("/api")
	handlers.RegisterArticleRoutes(api, articleService)

	if err := r.Run(":" + os.Getenv("PORT")); err != nil {
		log.Fatal(err)
	}
}
