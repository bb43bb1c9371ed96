import { DataTypes, Model } from 'sequelize';

/** The many-to-many link between articles and their tags. */
export class ArticleTag extends Model {
  static define(sequelize) {
    ArticleTag.init(
      {
        articleId: { type: DataTypes.INTEGER, primaryKey: true },
        tagId: { type: DataTypes.INTEGER, primaryKey: true },
      },
      {
        sequelize,
        modelName: 'ArticleTag',
        tableName: 'article_tags',
        timestamps: false,
        indexes: [{ fields: ['tagId'] }],
      },
    );
  }
}
