// Entities and their associations; initModels binds them to a Sequelize instance.
import { Article, initArticle } from './article.js';
import { Comment, initComment } from './comment.js';
import { ArticleTag, Favorite, Follow, initLinks } from './links.js';
import { Tag, initTag } from './tag.js';
import { User, initUser } from './user.js';

export { Article, ArticleTag, Comment, Favorite, Follow, Tag, User };

const cascade = { onDelete: 'CASCADE', onUpdate: 'CASCADE' };

export function initModels(sequelize) {
  initUser(sequelize);
  initArticle(sequelize);
  initTag(sequelize);
  initComment(sequelize);
  initLinks(sequelize);

  Article.belongsTo(User, { as: 'author', foreignKey: 'authorId', ...cascade });
  User.hasMany(Article, { as: 'articles', foreignKey: 'authorId', ...cascade });

  Article.belongsToMany(Tag, { through: ArticleTag, as: 'tags', foreignKey: 'articleId', otherKey: 'tagId' });
  Tag.belongsToMany(Article, { through: ArticleTag, as: 'articles', foreignKey: 'tagId', otherKey: 'articleId' });
  ArticleTag.belongsTo(Article, { as: 'article', foreignKey: 'articleId', ...cascade });
  ArticleTag.belongsTo(Tag, { as: 'tag', foreignKey: 'tagId', ...cascade });
  Tag.hasMany(ArticleTag, { as: 'links', foreignKey: 'tagId', ...cascade });
  Article.hasMany(ArticleTag, { as: 'tagLinks', foreignKey: 'articleId', ...cascade });

  Favorite.belongsTo(User, { as: 'user', foreignKey: 'userId', ...cascade });
  Favorite.belongsTo(Article, { as: 'article', foreignKey: 'articleId', ...cascade });
  Article.hasMany(Favorite, { as: 'favorites', foreignKey: 'articleId', ...cascade });

  Follow.belongsTo(User, { as: 'follower', foreignKey: 'followerId', ...cascade });
  Follow.belongsTo(User, { as: 'followee', foreignKey: 'followeeId', ...cascade });
  User.hasMany(Follow, { as: 'followers', foreignKey: 'followeeId', ...cascade });

  Comment.belongsTo(Article, { as: 'article', foreignKey: 'articleId', ...cascade });
  Comment.belongsTo(User, { as: 'author', foreignKey: 'authorId', ...cascade });
  Article.hasMany(Comment, { as: 'comments', foreignKey: 'articleId', ...cascade });

  return { Article, ArticleTag, Comment, Favorite, Follow, Tag, User };
}
