import { Op } from 'sequelize';

import { Article, ArticleTag, Comment, Favorite, Follow, Tag, User } from '../models/index.js';
import { guarded } from './errors.js';
import { articleRecord } from './records.js';

const newestFirst = [
  ['createdAt', 'DESC'],
  ['id', 'DESC'],
];

export class ArticleRepository {
  /** Inserts the article and links its tags (creating missing ones) in one transaction. */
  async create({ slug, title, description, body, authorId }, tagNames) {
    const id = await guarded(() =>
      Article.sequelize.transaction(async (transaction) => {
        const article = await Article.create({ slug, title, description, body, authorId }, { transaction });
        await linkTags(article.id, tagNames, transaction);
        return article.id;
      }),
    );
    return this.findById(id);
  }

  async findById(id) {
    return one(await Article.findByPk(id, { include: [{ model: User, as: 'author' }] }));
  }

  async findBySlug(slug) {
    return one(await Article.findOne({ where: { slug }, include: [{ model: User, as: 'author' }] }));
  }

  async slugTaken(slug, exceptId) {
    const where = exceptId === undefined ? { slug } : { slug, id: { [Op.ne]: exceptId } };
    return (await Article.count({ where })) > 0;
  }

  /**
   * Applies column changes and, when `tagNames` is given, replaces the tags; the article's
   * updatedAt moves forward even when only its tags changed.
   */
  async update(id, changes, tagNames) {
    await guarded(() =>
      Article.sequelize.transaction(async (transaction) => {
        const article = await Article.findByPk(id, { transaction });
        if (!article) {
          return;
        }
        article.set(changes);
        if (tagNames !== undefined) {
          await ArticleTag.destroy({ where: { articleId: id }, transaction });
          await linkTags(id, tagNames, transaction);
        }
        article.changed('updatedAt', true);
        await article.save({ transaction });
      }),
    );
    return this.findById(id);
  }

  /** Removes the article with its comments, favorites and tag links. */
  async delete(id) {
    await Article.sequelize.transaction(async (transaction) => {
      await Comment.destroy({ where: { articleId: id }, transaction });
      await Favorite.destroy({ where: { articleId: id }, transaction });
      await ArticleTag.destroy({ where: { articleId: id }, transaction });
      await Article.destroy({ where: { id }, transaction });
    });
  }

  /**
   * One page of the articles matching `criteria` (tag, author, favoritedBy: usernames or tag
   * name; feedOf: a follower's id), newest first, with the number of all matching articles.
   */
  async page(criteria, limit, offset) {
    const author = { model: User, as: 'author', required: true, include: [] };
    const include = [author];
    if (criteria.author !== undefined) {
      author.where = { username: criteria.author };
    }
    if (criteria.feedOf !== undefined) {
      author.include.push({
        model: Follow,
        as: 'followers',
        attributes: [],
        required: true,
        where: { followerId: criteria.feedOf },
      });
    }
    if (criteria.tag !== undefined) {
      include.push({
        model: ArticleTag,
        as: 'tagLinks',
        attributes: [],
        required: true,
        include: [{ model: Tag, as: 'tag', attributes: [], required: true, where: { name: criteria.tag } }],
      });
    }
    if (criteria.favoritedBy !== undefined) {
      include.push({
        model: Favorite,
        as: 'favorites',
        attributes: [],
        required: true,
        include: [{ model: User, as: 'user', attributes: [], required: true, where: { username: criteria.favoritedBy } }],
      });
    }
    // Every join matches at most one row per article (the link tables are keyed by their
    // pairs), so a flat query pages and counts correctly.
    const { rows, count } = await Article.findAndCountAll({
      include,
      order: newestFirst,
      limit,
      offset,
      subQuery: false,
      distinct: true,
      col: 'id',
    });
    return { articles: await many(rows), count };
  }

  /** Map of article id to its number of favorites, for the given ids. */
  async favoriteCounts(articleIds) {
    const counts = new Map();
    if (articleIds.length === 0) {
      return counts;
    }
    const rows = await Favorite.count({ where: { articleId: { [Op.in]: articleIds } }, group: ['articleId'] });
    for (const row of rows) {
      counts.set(Number(row.articleId), Number(row.count));
    }
    return counts;
  }

  /** The ids among `articleIds` that `userId` has favorited. */
  async favoritedAmong(userId, articleIds) {
    if (articleIds.length === 0) {
      return new Set();
    }
    const rows = await Favorite.findAll({
      where: { userId, articleId: { [Op.in]: articleIds } },
      attributes: ['articleId'],
    });
    return new Set(rows.map((row) => row.articleId));
  }

  async favorite(userId, articleId) {
    // Favoriting twice is a no-op, also when two requests race.
    await Favorite.bulkCreate([{ userId, articleId }], { ignoreDuplicates: true });
  }

  async unfavorite(userId, articleId) {
    await Favorite.destroy({ where: { userId, articleId } });
  }
}

async function linkTags(articleId, names, transaction) {
  if (names.length === 0) {
    return;
  }
  // Missing tags are inserted, existing ones skipped: safe when two articles add the same new tag.
  await Tag.bulkCreate(
    names.map((name) => ({ name })),
    { ignoreDuplicates: true, transaction },
  );
  const tags = await Tag.findAll({ where: { name: { [Op.in]: names } }, transaction });
  await ArticleTag.bulkCreate(
    tags.map((tag) => ({ articleId, tagId: tag.id })),
    { ignoreDuplicates: true, transaction },
  );
}

async function tagNamesOf(articleIds) {
  const byArticle = new Map(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) {
    return byArticle;
  }
  const links = await ArticleTag.findAll({
    where: { articleId: { [Op.in]: articleIds } },
    include: [{ model: Tag, as: 'tag', attributes: ['name'] }],
    order: [['tagId', 'ASC']],
  });
  for (const link of links) {
    byArticle.get(link.articleId).push(link.tag.name);
  }
  return byArticle;
}

async function many(articles) {
  const tags = await tagNamesOf(articles.map((article) => article.id));
  return articles.map((article) => articleRecord(article, tags.get(article.id)));
}

async function one(article) {
  return article ? (await many([article]))[0] : null;
}
