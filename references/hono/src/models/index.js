// Entities and their relations. initModels binds them to a Sequelize instance; the
// composition root calls it once at start, before any repository runs a query.
import { Article, initArticle } from './article.js';
import { ArticleTag, initArticleTag } from './article-tag.js';
import { Comment, initComment } from './comment.js';
import { Favorite, initFavorite } from './favorite.js';
import { Follow, initFollow } from './follow.js';
import { Tag, initTag } from './tag.js';
import { User, initUser } from './user.js';

export { Article, ArticleTag, Comment, Favorite, Follow, Tag, User };

const cascade = { onDelete: 'CASCADE', onUpdate: 'CASCADE' };

export function initModels(sequelize) {
  initUser(sequelize);
  initFollow(sequelize);
  initArticle(sequelize);
  initTag(sequelize);
  initArticleTag(sequelize);
  initFavorite(sequelize);
  initComment(sequelize);

  User.belongsToMany(User, { through: Follow, as: 'followees', foreignKey: 'followerId', otherKey: 'followeeId', ...cascade });
  User.belongsToMany(User, { through: Follow, as: 'followers', foreignKey: 'followeeId', otherKey: 'followerId', ...cascade });

  Article.belongsTo(User, { as: 'author', foreignKey: 'authorId', ...cascade });
  User.hasMany(Article, { as: 'articles', foreignKey: 'authorId', ...cascade });

  Article.belongsToMany(Tag, { through: ArticleTag, as: 'tags', foreignKey: 'articleId', otherKey: 'tagId', ...cascade });
  Tag.belongsToMany(Article, { through: ArticleTag, as: 'articles', foreignKey: 'tagId', otherKey: 'articleId', ...cascade });

  Article.belongsToMany(User, { through: Favorite, as: 'favoritedBy', foreignKey: 'articleId', otherKey: 'userId', ...cascade });
  User.belongsToMany(Article, { through: Favorite, as: 'favorites', foreignKey: 'userId', otherKey: 'articleId', ...cascade });

  Comment.belongsTo(Article, { as: 'article', foreignKey: 'articleId', ...cascade });
  Article.hasMany(Comment, { as: 'comments', foreignKey: 'articleId', ...cascade });
  Comment.belongsTo(User, { as: 'author', foreignKey: 'authorId', ...cascade });
  User.hasMany(Comment, { as: 'comments', foreignKey: 'authorId', ...cascade });
}
