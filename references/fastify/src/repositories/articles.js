import { Op } from 'sequelize';

import { Article, ArticleTag, Comment, Favorite, Follow, Tag, User } from '../models/index.js';
import { guarded } from './errors.js';

// Newest first; articles created within the same millisecond keep a stable order by id.
const NEWEST_FIRST = [
  ['createdAt', 'DESC'],
  ['id', 'DESC'],
];
const WITH_AUTHOR = [{ model: User, as: 'author' }];

export class ArticleRepository {
  create(fields, tx) {
    return guarded(() => Article.create(fields, { transaction: tx }));
  }

  /** Applies the changes; updatedAt moves even when only the tags change. */
  update(article, changes, tx) {
    article.set(changes);
    article.changed('updatedAt', true);
    return guarded(() => article.save({ transaction: tx }));
  }

  setTags(article, tags, tx) {
    return guarded(() => article.setTags(tags, { transaction: tx }));
  }

  byId(id, tx) {
    return Article.findByPk(id, { include: WITH_AUTHOR, transaction: tx });
  }

  bySlug(slug, tx) {
    return Article.findOne({ where: { slug }, include: WITH_AUTHOR, transaction: tx });
  }

  async slugTaken(slug, exceptId, tx) {
    const where = exceptId === undefined ? { slug } : { slug, id: { [Op.ne]: exceptId } };
    return (await Article.count({ where, transaction: tx })) > 0;
  }

  async delete(article, tx) {
    // The foreign keys cascade too; deleting the dependants first keeps that explicit.
    const dependants = { where: { articleId: article.id }, transaction: tx };
    await Comment.destroy(dependants);
    await Favorite.destroy(dependants);
    await ArticleTag.destroy(dependants);
    await article.destroy({ transaction: tx });
  }

  /**
   * One page of the articles matching every given criterion (tag name, author username,
   * username of a user who favorited them, id of a user whose followees wrote them), newest
   * first, with the number of all matching articles.
   */
  async page({ tag, author, favoritedBy, feedOf }, { limit, offset }) {
    const conditions = [];
    if (author !== undefined) {
      const user = await User.findOne({ attributes: ['id'], where: { username: author } });
      if (user === null) {
        return { articles: [], count: 0 };
      }
      conditions.push({ authorId: user.id });
    }
    if (tag !== undefined) {
      const rows = await ArticleTag.findAll({
        attributes: ['articleId'],
        include: [{ model: Tag, as: 'tag', attributes: [], where: { name: tag } }],
      });
      conditions.push({ id: { [Op.in]: rows.map((row) => row.articleId) } });
    }
    if (favoritedBy !== undefined) {
      const rows = await Favorite.findAll({
        attributes: ['articleId'],
        include: [{ model: User, as: 'user', attributes: [], where: { username: favoritedBy } }],
      });
      conditions.push({ id: { [Op.in]: rows.map((row) => row.articleId) } });
    }
    if (feedOf !== undefined) {
      const rows = await Follow.findAll({ attributes: ['followeeId'], where: { followerId: feedOf } });
      conditions.push({ authorId: { [Op.in]: rows.map((row) => row.followeeId) } });
    }
    const where = { [Op.and]: conditions };
    const [articles, count] = await Promise.all([
      Article.findAll({ where, include: WITH_AUTHOR, order: NEWEST_FIRST, limit, offset }),
      Article.count({ where }),
    ]);
    return { articles, count };
  }

  /** Tag names per article id, each list sorted by name. */
  async tagNames(articleIds) {
    const names = new Map(articleIds.map((id) => [id, []]));
    if (articleIds.length === 0) {
      return names;
    }
    const rows = await ArticleTag.findAll({
      where: { articleId: articleIds },
      include: [{ model: Tag, as: 'tag' }],
      order: [[{ model: Tag, as: 'tag' }, 'name', 'ASC']],
    });
    for (const row of rows) {
      names.get(row.articleId).push(row.tag.name);
    }
    return names;
  }

  /** Number of favorites per article id (absent when zero). */
  async favoriteCounts(articleIds) {
    if (articleIds.length === 0) {
      return new Map();
    }
    const rows = await Favorite.count({ where: { articleId: articleIds }, group: ['articleId'] });
    return new Map(rows.map((row) => [row.articleId, Number(row.count)]));
  }

  /** Which of the articles the user favorited, as a Set of ids. */
  async favoritedAmong(userId, articleIds) {
    if (articleIds.length === 0) {
      return new Set();
    }
    const rows = await Favorite.findAll({ attributes: ['articleId'], where: { userId, articleId: articleIds } });
    return new Set(rows.map((row) => row.articleId));
  }

  async favorite(userId, articleId, tx) {
    // Idempotent: favoriting twice keeps the one row (the pair is the primary key).
    await guarded(() => Favorite.bulkCreate([{ userId, articleId }], { ignoreDuplicates: true, transaction: tx }));
  }

  async unfavorite(userId, articleId, tx) {
    await Favorite.destroy({ where: { userId, articleId }, transaction: tx });
  }
}
