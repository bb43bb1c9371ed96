import { Op } from 'sequelize';
import { Article, ArticleTag, Comment, Favorite, Follow, Tag, User } from '../models/index.js';
import { translated } from './errors.js';

const details = [
  { model: User, as: 'author' },
  { model: Tag, as: 'tags', attributes: ['name'], through: { attributes: [] } },
];

// Newest first; the id breaks ties between articles created in the same millisecond.
const newestFirst = [
  ['createdAt', 'DESC'],
  ['id', 'DESC'],
];

const nothing = Object.freeze({ articles: [], count: 0 });

export class ArticleRepository {
  async findById(id) {
    return Article.findByPk(id, { include: details });
  }

  async findBySlug(slug) {
    return Article.findOne({ where: { slug }, include: details });
  }

  async slugTaken(slug, exceptId = null) {
    const where = { slug };
    if (exceptId !== null) where.id = { [Op.ne]: exceptId };
    return (await Article.count({ where })) > 0;
  }

  /** Creates the article with its tags in one transaction; returns it with author and tags. */
  async create({ slug, title, description, body, authorId, tagNames }) {
    const id = await translated(() =>
      Article.sequelize.transaction(async (transaction) => {
        const article = await Article.create({ slug, title, description, body, authorId }, { transaction });
        await this.#tagArticle(article.id, tagNames, transaction);
        return article.id;
      }),
    );
    return this.findById(id);
  }

  /** Applies changes (and replaces the tags when tagNames is given) in one transaction. */
  async update(article, changes, tagNames) {
    await translated(() =>
      Article.sequelize.transaction(async (transaction) => {
        await article.update(changes, { transaction });
        if (tagNames !== undefined) {
          await ArticleTag.destroy({ where: { articleId: article.id }, transaction });
          await this.#tagArticle(article.id, tagNames, transaction);
        }
      }),
    );
    return this.findById(article.id);
  }

  /** Removes the article with its comments, favorites and tag links. */
  async delete(article) {
    await Article.sequelize.transaction(async (transaction) => {
      const mine = { where: { articleId: article.id }, transaction };
      await Comment.destroy(mine);
      await Favorite.destroy(mine);
      await ArticleTag.destroy(mine);
      await article.destroy({ transaction });
    });
  }

  /**
   * One page of the articles matching every given criterion, newest first, and how many match.
   * Criteria: author (username), tag (name), favoritedBy (username), followerId (feed of that user).
   */
  async page({ author, tag, favoritedBy, followerId }, limit, offset) {
    const conditions = [];
    if (author !== undefined) {
      const user = await User.findOne({ where: { username: author }, attributes: ['id'] });
      if (!user) return nothing;
      conditions.push({ authorId: user.id });
    }
    if (followerId !== undefined) {
      const follows = await Follow.findAll({ where: { followerId }, attributes: ['followeeId'] });
      if (follows.length === 0) return nothing;
      conditions.push({ authorId: { [Op.in]: follows.map((row) => row.followeeId) } });
    }
    if (tag !== undefined) {
      const found = await Tag.findOne({ where: { name: tag }, attributes: ['id'] });
      if (!found) return nothing;
      const links = await ArticleTag.findAll({ where: { tagId: found.id }, attributes: ['articleId'] });
      conditions.push({ id: { [Op.in]: links.map((row) => row.articleId) } });
    }
    if (favoritedBy !== undefined) {
      const user = await User.findOne({ where: { username: favoritedBy }, attributes: ['id'] });
      if (!user) return nothing;
      const favorites = await Favorite.findAll({ where: { userId: user.id }, attributes: ['articleId'] });
      conditions.push({ id: { [Op.in]: favorites.map((row) => row.articleId) } });
    }
    const where = conditions.length > 0 ? { [Op.and]: conditions } : {};
    const count = await Article.count({ where });
    if (count === 0 || offset >= count) return { articles: [], count };
    const articles = await Article.findAll({ where, include: details, order: newestFirst, limit, offset });
    return { articles, count };
  }

  /** Map of article id to its number of favorites (absent: none). */
  async favoriteCounts(articleIds) {
    if (articleIds.length === 0) return new Map();
    const rows = await Favorite.count({ where: { articleId: { [Op.in]: articleIds } }, group: ['articleId'] });
    return new Map(rows.map((row) => [Number(row.articleId), Number(row.count)]));
  }

  /** The ids among articleIds that userId has favorited. */
  async favoritedAmong(userId, articleIds) {
    if (articleIds.length === 0) return new Set();
    const rows = await Favorite.findAll({
      where: { userId, articleId: { [Op.in]: articleIds } },
      attributes: ['articleId'],
    });
    return new Set(rows.map((row) => row.articleId));
  }

  /** Idempotent: favoriting twice leaves one row. */
  async favorite(userId, articleId) {
    await translated(() => Favorite.bulkCreate([{ userId, articleId }], { ignoreDuplicates: true }));
  }

  async unfavorite(userId, articleId) {
    await Favorite.destroy({ where: { userId, articleId } });
  }

  async #tagArticle(articleId, names, transaction) {
    if (names.length === 0) return;
    const tags = await this.#tagsNamed(names, transaction);
    await ArticleTag.bulkCreate(
      tags.map((tag) => ({ articleId, tagId: tag.id })),
      { transaction },
    );
  }

  /** The tags with these names, creating the missing ones (a concurrent creator is not an error). */
  async #tagsNamed(names, transaction) {
    const existing = await Tag.findAll({ where: { name: { [Op.in]: names } }, transaction });
    const known = new Set(existing.map((tag) => tag.name));
    const missing = names.filter((name) => !known.has(name));
    if (missing.length === 0) return existing;
    await Tag.bulkCreate(
      missing.map((name) => ({ name })),
      { ignoreDuplicates: true, transaction },
    );
    return Tag.findAll({ where: { name: { [Op.in]: names } }, transaction });
  }
}
