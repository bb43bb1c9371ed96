const { DataTypes } = require('sequelize');

module.exports = (sequelize) => sequelize.define('Article', {
  slug: { type: DataTypes.STRING, allowNull: false, unique: true },
  title: { type: DataTypes.STRING, allowNull: false },
  description: DataTypes.TEXT,
  body: DataTypes.TEXT,
  tagList: {
    type: DataTypes.TEXT,
    get() { return (this.getDataValue('tagList') || '').split(',').filter(Boolean); },
    set(tags) { this.setDataValue('tagList', (tags || []).join(',')); },
  },
});
