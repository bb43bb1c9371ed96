import { Op } from 'sequelize';
import { Article, ArticleTag, Favorite, Follow, Tag } from '../models/index.js';
import { guardUnique } from './errors.js';

const NEWEST_FIRST = [
  ['createdAt', 'DESC'],
  ['id', 'DESC'],
];

// Sequelize annotates include options in place, so every query gets a fresh list.
const details = () => [
  { association: 'author' },
  { association: 'tags', attributes: ['name'], through: { attributes: [] } },
];

/** An article with its author and tag names, as a plain object. */
function toEntity(row) {
  if (!row) return null;
  const { tags = [], author = null, ...fields } = row.get({ plain: true });
  return { ...fields, author, tagList: tags.map((tag) => tag.name).sort() };
}

/** where and include of the list filters; each filter joins at most one row per article. */
function filterOf({ tag, author, favoritedBy }, followeeIds) {
  const where = {};
  const include = [];
  if (author != null) {
    include.push({ association: 'author', attributes: [], where: { username: author }, required: true });
  }
  if (tag != null) {
    include.push({
      association: 'tagLinks',
      attributes: [],
      required: true,
      include: [{ association: 'tag', attributes: [], where: { name: tag }, required: true }],
    });
  }
  if (favoritedBy != null) {
    include.push({
      association: 'favorites',
      attributes: [],
      required: true,
      include: [{ association: 'user', attributes: [], where: { username: favoritedBy }, required: true }],
    });
  }
  if (followeeIds != null) {
    where.authorId = { [Op.in]: followeeIds };
  }
  return { where, include };
}

export class ArticleRepository {
  /**
   * Inserts the article and links its tags, creating the tags that are new.
   *
   * No transaction: a transaction would hold a connection of its own, and on a database that
   * locks as a whole, writers on separate connections wait for each other's lock (and time out
   * under load), while statements on the one shared connection simply queue. Should linking the
   * tags fail, the article is removed again, so no half-written article stays behind; a new tag
   * left unused is harmless, as only tags in use are listed.
   */
  async create({ slug, title, description, body, authorId }, tagNames) {
    const tags = await this.ensureTags(tagNames);
    const article = await guardUnique(() => Article.create({ slug, title, description, body, authorId }));
    try {
      await ArticleTag.bulkCreate(tags.map((tag) => ({ articleId: article.id, tagId: tag.id })));
    } catch (error) {
      await Article.destroy({ where: { id: article.id } });
      throw error;
    }
    return this.findById(article.id);
  }

  /** The tags of these names; names not seen before become new tags. */
  async ensureTags(names) {
    if (names.length === 0) return [];
    // Existing names are skipped, so two articles introducing the same tag do not collide.
    await Tag.bulkCreate(
      names.map((name) => ({ name })),
      { ignoreDuplicates: true },
    );
    return Tag.findAll({ where: { name: { [Op.in]: names } } });
  }

  async findById(id) {
    return toEntity(await Article.findByPk(id, { include: details() }));
  }

  async findBySlug(slug) {
    return toEntity(await Article.findOne({ where: { slug }, include: details() }));
  }

  async slugTaken(slug, exceptId = null) {
    const where = exceptId == null ? { slug } : { slug, id: { [Op.ne]: exceptId } };
    return (await Article.count({ where })) > 0;
  }

  /** Applies the changes (updatedAt moves on) and returns the updated article. */
  async update(id, changes) {
    await guardUnique(() => Article.update(changes, { where: { id } }));
    return this.findById(id);
  }

  async delete(id) {
    await Article.destroy({ where: { id } });
  }

  /**
   * One page of the articles matching the criteria, newest first, and how many match in all.
   * criteria: { tag, author, favoritedBy } (names), or { feedOf } (a user id).
   */
  async page(criteria, limit, offset) {
    const followees = criteria.feedOf != null ? await this.followeeIds(criteria.feedOf) : null;
    // A fresh filter per query, as Sequelize annotates the options it is given.
    const filter = () => filterOf(criteria, followees);
    const count = await Article.count({ ...filter(), distinct: true, col: 'id' });
    // Page over the ids first: every filter join matches at most one row per article, while
    // joining the tags here would make the limit count tag rows instead of articles.
    const ids = (
      await Article.findAll({
        ...filter(),
        attributes: ['id'],
        order: NEWEST_FIRST,
        limit,
        offset,
        subQuery: false,
        raw: true,
      })
    ).map((row) => row.id);
    if (ids.length === 0) return { articles: [], count };
    const rows = await Article.findAll({ where: { id: { [Op.in]: ids } }, include: details() });
    const byId = new Map(rows.map((row) => [row.id, toEntity(row)]));
    return { articles: ids.map((id) => byId.get(id)).filter(Boolean), count };
  }

  async followeeIds(followerId) {
    const rows = await Follow.findAll({ attributes: ['followeeId'], where: { followerId }, raw: true });
    return rows.map((row) => row.followeeId);
  }

  /** favorites per article id, for the given ids (absent means 0). */
  async favoriteCounts(articleIds) {
    if (articleIds.length === 0) return new Map();
    const rows = await Favorite.count({
      where: { articleId: { [Op.in]: articleIds } },
      group: ['articleId'],
    });
    return new Map(rows.map((row) => [row.articleId, Number(row.count)]));
  }

  /** The ids among articleIds that userId has favorited. */
  async favoritedAmong(userId, articleIds) {
    if (userId == null || articleIds.length === 0) return new Set();
    const rows = await Favorite.findAll({
      attributes: ['articleId'],
      where: { userId, articleId: { [Op.in]: articleIds } },
      raw: true,
    });
    return new Set(rows.map((row) => row.articleId));
  }

  async favorite(userId, articleId) {
    // A repeated favorite is a no-op, even when two requests race.
    await Favorite.bulkCreate([{ userId, articleId }], { ignoreDuplicates: true });
  }

  async unfavorite(userId, articleId) {
    await Favorite.destroy({ where: { userId, articleId } });
  }
}
