'use strict';

const { Model } = require('sequelize');

module.exports = (sequelize, DataTypes) => {
  class Article extends Model {
    static associate(models) {
      Article.belongsTo(models.User, { as: 'author', foreignKey: 'authorId' });
      Article.hasMany(models.Comment, { foreignKey: 'articleId' });
    }
  }
  Article.init({
    slug: { type: DataTypes.STRING, unique: true },
    title: DataTypes.STRING,
    description: DataTypes.TEXT,
    body: DataTypes.TEXT,
  }, { sequelize, modelName: 'Article' });
  return Article;
};
