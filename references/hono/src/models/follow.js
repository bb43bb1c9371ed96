import { DataTypes, Model } from 'sequelize';

/** "follower follows followee"; one row per pair. */
export class Follow extends Model {}

export function initFollow(sequelize) {
  Follow.init(
    {
      followerId: { type: DataTypes.INTEGER, primaryKey: true },
      followeeId: { type: DataTypes.INTEGER, primaryKey: true },
    },
    { sequelize, modelName: 'Follow', tableName: 'follows', underscored: true, timestamps: false },
  );
}
