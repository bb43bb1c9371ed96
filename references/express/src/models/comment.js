import { DataTypes, Model } from 'sequelize';

export class Comment extends Model {
  static define(sequelize) {
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
        indexes: [{ fields: ['articleId', 'createdAt'] }],
      },
    );
  }
}
