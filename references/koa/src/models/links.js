// The many-to-many join tables, each keyed by the pair it links.
import { DataTypes, Model } from 'sequelize';

export class ArticleTag extends Model {}
export class Favorite extends Model {}
export class Follow extends Model {}

// A fresh definition per column: Sequelize writes into the object it is given.
const key = () => ({ type: DataTypes.INTEGER, allowNull: false, primaryKey: true });

export function initLinks(sequelize) {
  ArticleTag.init(
    { articleId: key(), tagId: key() },
    {
      sequelize,
      modelName: 'ArticleTag',
      tableName: 'article_tags',
      underscored: true,
      timestamps: false,
      indexes: [{ fields: ['tag_id'] }],
    },
  );
  Favorite.init(
    { userId: key(), articleId: key() },
    {
      sequelize,
      modelName: 'Favorite',
      tableName: 'favorites',
      underscored: true,
      timestamps: false,
      indexes: [{ fields: ['article_id'] }],
    },
  );
  Follow.init(
    { followerId: key(), followeeId: key() },
    { sequelize, modelName: 'Follow', tableName: 'follows', underscored: true, timestamps: false },
  );
}
