import { DataTypes, Model } from 'sequelize';

export class Article extends Model {}

export function initArticle(sequelize) {
  Article.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      slug: { type: DataTypes.TEXT, allowNull: false, unique: true },
      title: { type: DataTypes.TEXT, allowNull: false },
      description: { type: DataTypes.TEXT, allowNull: false },
      body: { type: DataTypes.TEXT, allowNull: false },
      authorId: { type: DataTypes.INTEGER, allowNull: false },
      // createdAt/updatedAt come from Sequelize's timestamps, stored with milliseconds so that
      // articles created in quick succession still sort newest first (id breaks exact ties).
    },
    {
      sequelize,
      modelName: 'Article',
      tableName: 'articles',
      underscored: true,
      indexes: [{ fields: ['created_at', 'id'] }, { fields: ['author_id'] }],
    },
  );
}
