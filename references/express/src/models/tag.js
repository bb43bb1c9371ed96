import { DataTypes, Model } from 'sequelize';

export class Tag extends Model {
  static define(sequelize) {
    Tag.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        name: { type: DataTypes.TEXT, allowNull: false, unique: true },
      },
      { sequelize, modelName: 'Tag', tableName: 'tags', timestamps: false },
    );
  }
}
