const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL || 'postgres://conduit:conduit@localhost:5432/conduit', {
  dialect: 'postgres',
  logging: false,
});

const Tag = sequelize.define('Tag', {
  name: { type: DataTypes.STRING, unique: true, allowNull: false },
}, { tableName: 'tags', timestamps: false });

const ArticleTag = sequelize.define('ArticleTag', {
  articleId: { type: DataTypes.INTEGER, primaryKey: true, field: 'article_id' },
  tagId: { type: DataTypes.INTEGER, primaryKey: true, field: 'tag_id' },
}, { tableName: 'article_tags', timestamps: false });

module.exports = { sequelize, Tag, ArticleTag };
