import { Article } from './article.js';
import { ArticleTag } from './article-tag.js';
import { Comment } from './comment.js';
import { Favorite } from './favorite.js';
import { Follow } from './follow.js';
import { Tag } from './tag.js';
import { User } from './user.js';

export { Article, ArticleTag, Comment, Favorite, Follow, Tag, User };

// Deleting a user or an article removes what hangs off it (articles, comments, favorites,
// follows, tag links) in the database itself.
const cascade = { onDelete: 'CASCADE', onUpdate: 'CASCADE' };

/** Binds every entity to the connection and declares their associations; returns the models. */
export function defineModels(sequelize) {
  for (const model of [User, Follow, Article, Tag, ArticleTag, Favorite, Comment]) {
    model.define(sequelize);
  }

  Follow.belongsTo(User, { as: 'follower', foreignKey: 'followerId', ...cascade });
  Follow.belongsTo(User, { as: 'followee', foreignKey: 'followeeId', ...cascade });

  Article.belongsTo(User, { as: 'author', foreignKey: 'authorId', ...cascade });
  Article.belongsToMany(Tag, { as: 'tags', through: ArticleTag, foreignKey: 'articleId', otherKey: 'tagId', ...cascade });
  Tag.belongsToMany(Article, { as: 'articles', through: ArticleTag, foreignKey: 'tagId', otherKey: 'articleId', ...cascade });
  // The link rows themselves, for filtering articles by tag and listing the tags in use.
  Article.hasMany(ArticleTag, { as: 'tagLinks', foreignKey: 'articleId', ...cascade });
  Tag.hasMany(ArticleTag, { as: 'links', foreignKey: 'tagId', ...cascade });
  ArticleTag.belongsTo(Tag, { as: 'tag', foreignKey: 'tagId', ...cascade });
  ArticleTag.belongsTo(Article, { as: 'article', foreignKey: 'articleId', ...cascade });

  Article.hasMany(Favorite, { as: 'favorites', foreignKey: 'articleId', ...cascade });
  Favorite.belongsTo(Article, { as: 'article', foreignKey: 'articleId', ...cascade });
  Favorite.belongsTo(User, { as: 'user', foreignKey: 'userId', ...cascade });

  Article.hasMany(Comment, { as: 'comments', foreignKey: 'articleId', ...cascade });
  Comment.belongsTo(Article, { as: 'article', foreignKey: 'articleId', ...cascade });
  Comment.belongsTo(User, { as: 'author', foreignKey: 'authorId', ...cascade });

  return { User, Follow, Article, Tag, ArticleTag, Favorite, Comment };
}
