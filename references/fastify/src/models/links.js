// Join entities of the many-to-many relations; they carry no data of their own, and their
// composite primary keys make following, favoriting and tagging idempotent.
import { DataTypes, Model } from 'sequelize';

// A fresh object per column: Sequelize writes the foreign key's target into the definition.
const key = () => ({ type: DataTypes.INTEGER, primaryKey: true, allowNull: false });

export class Follow extends Model {
  static initialize(sequelize) {
    Follow.init(
      { followerId: key(), followeeId: key() },
      { sequelize, modelName: 'Follow', tableName: 'follows', timestamps: false },
    );
  }
}

export class Favorite extends Model {
  static initialize(sequelize) {
    Favorite.init(
      { userId: key(), articleId: key() },
      { sequelize, modelName: 'Favorite', tableName: 'favorites', timestamps: false },
    );
  }
}

export class ArticleTag extends Model {
  static initialize(sequelize) {
    ArticleTag.init(
      { articleId: key(), tagId: key() },
      { sequelize, modelName: 'ArticleTag', tableName: 'article_tags', timestamps: false },
    );
  }
}
