'use strict';

const { Model } = require('sequelize');

module.exports = (sequelize, DataTypes) => {
  class User extends Model {
    static associate(models) {
      User.hasMany(models.Article, { foreignKey: 'authorId' });
    }
  }
  User.init({
    username: { type: DataTypes.STRING, unique: true },
    email: { type: DataTypes.STRING, unique: true },
    bio: DataTypes.TEXT,
    image: DataTypes.STRING,
  }, { sequelize, modelName: 'User' });
  return User;
};
