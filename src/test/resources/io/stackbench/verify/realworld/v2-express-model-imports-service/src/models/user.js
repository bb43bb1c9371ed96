const { DataTypes, Model } = require('sequelize');
const sequelize = require('../config/database');
const passwordService = require('../services/passwordService');

class User extends Model {}

User.init({
  email: { type: DataTypes.STRING, allowNull: false, unique: true, validate: { isEmail: true } },
  fullName: { type: DataTypes.STRING, allowNull: false },
  department: { type: DataTypes.STRING },
  password: { type: DataTypes.VIRTUAL },
  passwordHash: { type: DataTypes.STRING, allowNull: false, defaultValue: '' },
}, {
  sequelize,
  modelName: 'User',
  tableName: 'users',
  hooks: {
    async beforeSave(user) {
      if (user.changed('password')) {
        user.passwordHash = await passwordService.hashPassword(user.password);
      }
    },
  },
});

module.exports = User;
