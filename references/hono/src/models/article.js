import { DataTypes, Model } from 'sequelize';

/** createdAt/updatedAt are managed by Sequelize and keep milliseconds, which list order relies on. */
export class Article extends Model {}

export function initArticle(sequelize) {
  Article.init(
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      slug: { type: DataTypes.STRING(255), allowNull: false, unique: true },
      title: { type: DataTypes.STRING(255), allowNull: false },
      description: { type: DataTypes.TEXT, allowNull: false },
      body: { type: DataTypes.TEXT, allowNull: false },
      authorId: { type: DataTypes.INTEGER, allowNull: false },
    },
    {
      sequelize,
      modelName: 'Article',
      tableName: 'articles',
      underscored: true,
      indexes: [{ fields: ['author_id'] }, { fields: ['created_at', 'id'] }],
    },
  );
}
