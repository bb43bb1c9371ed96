import { DataTypes, Model } from 'sequelize';

/** "user favorited article"; one row per pair. */
export class Favorite extends Model {}

export function initFavorite(sequelize) {
  Favorite.init(
    {
      userId: { type: DataTypes.INTEGER, primaryKey: true },
      articleId: { type: DataTypes.INTEGER, primaryKey: true },
    },
    {
      sequelize,
      modelName: 'Favorite',
      tableName: 'favorites',
      underscored: true,
      timestamps: false,
      indexes: [{ fields: ['article_id'] }],
    },
  );
}
