import { DataTypes, Model } from 'sequelize';

/** "follower follows followee"; the pair is the primary key, so a follow exists at most once. */
export class Follow extends Model {
  static define(sequelize) {
    Follow.init(
      {
        followerId: { type: DataTypes.INTEGER, primaryKey: true },
        followeeId: { type: DataTypes.INTEGER, primaryKey: true },
      },
      {
        sequelize,
        modelName: 'Follow',
        tableName: 'follows',
        updatedAt: false,
        indexes: [{ fields: ['followeeId'] }],
      },
    );
  }
}
