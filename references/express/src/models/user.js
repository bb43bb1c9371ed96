import { DataTypes, Model } from 'sequelize';

export class User extends Model {
  static define(sequelize) {
    User.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        username: { type: DataTypes.TEXT, allowNull: false, unique: true },
        email: { type: DataTypes.TEXT, allowNull: false, unique: true },
        passwordHash: { type: DataTypes.STRING, allowNull: false },
        bio: { type: DataTypes.TEXT, allowNull: true },
        image: { type: DataTypes.TEXT, allowNull: true },
      },
      { sequelize, modelName: 'User', tableName: 'users' },
    );
  }
}
