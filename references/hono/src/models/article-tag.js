import { DataTypes, Model } from 'sequelize';

/** Join rows between articles and their tags. */
export class ArticleTag extends Model {}

export function initArticleTag(sequelize) {
  ArticleTag.init(
    {
      articleId: { type: DataTypes.INTEGER, primaryKey: true },
      tagId: { type: DataTypes.INTEGER, primaryKey: true },
    },
    {
      sequelize,
      modelName: 'ArticleTag',
      tableName: 'article_tags',
      underscored: true,
      timestamps: false,
      indexes: [{ fields: ['tag_id'] }],
    },
  );
}
