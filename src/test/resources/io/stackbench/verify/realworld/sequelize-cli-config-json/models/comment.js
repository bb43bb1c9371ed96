'use strict';

const { Model } = require('sequelize');

module.exports = (sequelize, DataTypes) => {
  class Comment extends Model {
    static associate(models) {
      Comment.belongsTo(models.Article, { foreignKey: 'articleId' });
      Comment.belongsTo(models.User, { as: 'author', foreignKey: 'authorId' });
    }
  }
  Comment.init({ body: DataTypes.TEXT }, { sequelize, modelName: 'Comment' });
  return Comment;
};
