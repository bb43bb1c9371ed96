import { DataTypes, Model } from 'sequelize';

export class Tag extends Model {}

export function initTag(sequelize) {
  Tag.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      name: { type: DataTypes.TEXT, allowNull: false, unique: true },
    },
    { sequelize, modelName: 'Tag', tableName: 'tags', underscored: true, timestamps: false },
  );
}
