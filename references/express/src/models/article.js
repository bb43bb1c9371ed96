import { DataTypes, Model } from 'sequelize';

export class Article extends Model {
  static define(sequelize) {
    Article.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        slug: { type: DataTypes.TEXT, allowNull: false, unique: true },
        title: { type: DataTypes.TEXT, allowNull: false },
        description: { type: DataTypes.TEXT, allowNull: false },
        body: { type: DataTypes.TEXT, allowNull: false },
        authorId: { type: DataTypes.INTEGER, allowNull: false },
        // createdAt and updatedAt come from Sequelize's timestamps: JavaScript dates with
        // milliseconds, so articles created in quick succession still order newest first.
      },
      {
        sequelize,
        modelName: 'Article',
        tableName: 'articles',
        // Every list is ordered by creation time with the id as tie-breaker.
        indexes: [{ fields: ['createdAt', 'id'] }, { fields: ['authorId'] }],
      },
    );
  }
}
