import { DataTypes, Model } from 'sequelize';

export class Tag extends Model {}

export function initTag(sequelize) {
  Tag.init(
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      name: { type: DataTypes.STRING(255), allowNull: false, unique: true },
    },
    { sequelize, modelName: 'Tag', tableName: 'tags', underscored: true, timestamps: false },
  );
}
