import { DataTypes, Model } from 'sequelize';

/** A user's favorite article; the pair is the primary key, so it exists at most once. */
export class Favorite extends Model {
  static define(sequelize) {
    Favorite.init(
      {
        userId: { type: DataTypes.INTEGER, primaryKey: true },
        articleId: { type: DataTypes.INTEGER, primaryKey: true },
      },
      {
        sequelize,
        modelName: 'Favorite',
        tableName: 'favorites',
        updatedAt: false,
        indexes: [{ fields: ['articleId'] }],
      },
    );
  }
}
