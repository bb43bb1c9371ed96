package models

import "gorm.io/gorm"

type User struct {
	gorm.Model
	Username string  `gorm:"uniqueIndex;not null" json:"username"`
	Email    string  `gorm:"uniqueIndex;not null" json:"-"`
	Bio      string  `json:"bio"`
	Image    *string `json:"image"`
}

type Article struct {
	gorm.Model
	Slug        string `gorm:"uniqueIndex;not null" json:"slug"`
	Title       string `gorm:"not null" json:"title"`
	Description string `json:"description"`
	Body        string `json:"body"`
	AuthorID    uint   `json:"-"`
	Author      User   `json:"author"`
}
