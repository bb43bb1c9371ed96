const { DataTypes } = require('sequelize');
const { sequelize } = require('../db');

const Episode = sequelize.define('Episode', {
  title: { type: DataTypes.STRING, allowNull: false },
  showSlug: { type: DataTypes.STRING, field: 'show_slug' },
  durationSec: { type: DataTypes.INTEGER, field: 'duration_sec' },
  publishedAt: { type: DataTypes.DATE, field: 'published_at' },
}, { tableName: 'episodes', underscored: true });

const Tag = sequelize.define('Tag', {
  name: { type: DataTypes.STRING, unique: true },
}, { tableName: 'tags', timestamps: false });

Episode.belongsToMany(Tag, { through: 'episode_tags', foreignKey: 'episode_id', otherKey: 'tag_id' });

module.exports = { Episode, Tag };
