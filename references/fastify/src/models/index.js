// Entities, declared as Sequelize models. defineModels binds them to a connection and declares
// their associations; foreign keys cascade, so removing a user or an article leaves no orphans.
import { Article } from './article.js';
import { Comment } from './comment.js';
import { ArticleTag, Favorite, Follow } from './links.js';
import { Tag } from './tag.js';
import { User } from './user.js';

const cascade = { onDelete: 'CASCADE', onUpdate: 'CASCADE' };

export function defineModels(sequelize) {
  for (const model of [User, Article, Comment, Tag, Follow, Favorite, ArticleTag]) {
    model.initialize(sequelize);
  }

  Article.belongsTo(User, { as: 'author', foreignKey: 'authorId', ...cascade });
  Comment.belongsTo(User, { as: 'author', foreignKey: 'authorId', ...cascade });
  Comment.belongsTo(Article, { as: 'article', foreignKey: 'articleId', ...cascade });

  Follow.belongsTo(User, { as: 'follower', foreignKey: 'followerId', ...cascade });
  Follow.belongsTo(User, { as: 'followee', foreignKey: 'followeeId', ...cascade });
  Favorite.belongsTo(User, { as: 'user', foreignKey: 'userId', ...cascade });
  Favorite.belongsTo(Article, { as: 'article', foreignKey: 'articleId', ...cascade });
  ArticleTag.belongsTo(Article, { as: 'article', foreignKey: 'articleId', ...cascade });
  ArticleTag.belongsTo(Tag, { as: 'tag', foreignKey: 'tagId', ...cascade });

  Article.belongsToMany(Tag, { as: 'tags', through: ArticleTag, foreignKey: 'articleId', otherKey: 'tagId' });
  Tag.belongsToMany(Article, { as: 'articles', through: ArticleTag, foreignKey: 'tagId', otherKey: 'articleId' });

  return { User, Article, Comment, Tag, Follow, Favorite, ArticleTag };
}

export { Article, ArticleTag, Comment, Favorite, Follow, Tag, User };
