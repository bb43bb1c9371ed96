import { DataTypes, Model } from 'sequelize';

export class Article extends Model {
  static initialize(sequelize) {
    Article.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        slug: { type: DataTypes.TEXT, allowNull: false, unique: true },
        title: { type: DataTypes.TEXT, allowNull: false },
        description: { type: DataTypes.TEXT, allowNull: false },
        body: { type: DataTypes.TEXT, allowNull: false },
        authorId: { type: DataTypes.INTEGER, allowNull: false },
      },
      {
        sequelize,
        modelName: 'Article',
        tableName: 'articles',
        // createdAt/updatedAt are managed by Sequelize with millisecond precision; every list
        // is ordered newest first with the id as tie-breaker.
        indexes: [{ fields: ['createdAt', 'id'] }, { fields: ['authorId'] }],
      },
    );
  }
}
