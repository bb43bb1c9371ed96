import { DataTypes, Model } from 'sequelize';

export class Comment extends Model {}

export function initComment(sequelize) {
  Comment.init(
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      body: { type: DataTypes.TEXT, allowNull: false },
      articleId: { type: DataTypes.INTEGER, allowNull: false },
      authorId: { type: DataTypes.INTEGER, allowNull: false },
    },
    {
      sequelize,
      modelName: 'Comment',
      tableName: 'comments',
      underscored: true,
      indexes: [{ fields: ['article_id'] }],
    },
  );
}
