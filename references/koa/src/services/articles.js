import { AuthenticationError, NotFound, PermissionDenied } from './errors.js';
import { profileOf } from './presenters.js';
import { retryOnConflict } from './retry.js';
import { slugify, withSuffix } from './slugs.js';
import { optionalFields, pagingNumber, requiredFields, tagNames } from './validation.js';

const DEFAULT_LIMIT = 20;

export class ArticleService {
  constructor(articles, users) {
    this.articles = articles;
    this.users = users;
  }

  async create(authorId, data) {
    const { title, description, body } = requiredFields(data, 'title', 'description', 'body');
    const tags = tagNames(data.tagList);
    await this.#requireUser(authorId);
    const article = await retryOnConflict(async () => {
      const slug = await this.#freeSlug(title);
      return this.articles.create({ slug, title, description, body, authorId }, tags);
    });
    return this.#view(article, authorId);
  }

  async get(slug, viewerId) {
    return this.#view(await this.#existing(slug), viewerId);
  }

  async update(slug, userId, data) {
    const article = await this.#owned(slug, userId);
    const changes = optionalFields(data, ['title', 'description', 'body']);
    const tags = Object.hasOwn(data, 'tagList') ? tagNames(data.tagList) : undefined;
    const updated = await retryOnConflict(async () => {
      if (changes.title !== undefined && changes.title !== article.title) {
        changes.slug = await this.#freeSlug(changes.title, article.id);
      }
      return this.articles.update(article.id, changes, tags);
    });
    if (!updated) {
      throw new NotFound('article not found');
    }
    return this.#view(updated, userId);
  }

  async delete(slug, userId) {
    const article = await this.#owned(slug, userId);
    await this.articles.delete(article.id);
  }

  async favorite(slug, userId) {
    const article = await this.#existing(slug);
    await this.#requireUser(userId);
    await this.articles.favorite(userId, article.id);
    return this.#view(article, userId);
  }

  async unfavorite(slug, userId) {
    const article = await this.#existing(slug);
    await this.#requireUser(userId);
    await this.articles.unfavorite(userId, article.id);
    return this.#view(article, userId);
  }

  /** Articles filtered by tag, author and/or favorited (usernames), newest first. */
  async list(viewerId, { tag, author, favorited, limit, offset } = {}) {
    return this.#page({ tag, author, favoritedBy: favorited }, viewerId, limit, offset);
  }

  /** Articles by the users that `userId` follows, newest first. */
  async feed(userId, { limit, offset } = {}) {
    return this.#page({ feedOf: userId }, userId, limit, offset);
  }

  async #page(criteria, viewerId, limit, offset) {
    const size = pagingNumber('limit', limit, DEFAULT_LIMIT, 1);
    const skip = pagingNumber('offset', offset, 0, 0);
    const defined = Object.fromEntries(Object.entries(criteria).filter(([, value]) => value !== undefined));
    const { articles, count } = await this.articles.page(defined, size, skip);
    return { articles: await this.#views(articles, viewerId), articlesCount: count };
  }

  async #freeSlug(title, exceptId) {
    const base = slugify(title);
    let slug = base;
    while (await this.articles.slugTaken(slug, exceptId)) {
      slug = withSuffix(base);
    }
    return slug;
  }

  async #existing(slug) {
    const article = await this.articles.findBySlug(slug);
    if (!article) {
      throw new NotFound('article not found');
    }
    return article;
  }

  async #owned(slug, userId) {
    const article = await this.#existing(slug);
    if (article.authorId !== userId) {
      throw new PermissionDenied('only the author may change this article');
    }
    return article;
  }

  async #requireUser(userId) {
    if (!(await this.users.findById(userId))) {
      throw new AuthenticationError('user no longer exists');
    }
  }

  async #view(article, viewerId) {
    const [view] = await this.#views([article], viewerId);
    return view;
  }

  /** Three batched look-ups per page (counts, favorited, following) instead of three per article. */
  async #views(articles, viewerId) {
    const ids = articles.map((article) => article.id);
    const signedIn = viewerId !== undefined;
    const [counts, favorited, followed] = await Promise.all([
      this.articles.favoriteCounts(ids),
      signedIn ? this.articles.favoritedAmong(viewerId, ids) : new Set(),
      signedIn ? this.users.followedAmong(viewerId, articles.map((article) => article.authorId)) : new Set(),
    ]);
    return articles.map((article) => ({
      slug: article.slug,
      title: article.title,
      description: article.description,
      body: article.body,
      tagList: article.tagList,
      createdAt: article.createdAt,
      updatedAt: article.updatedAt,
      favorited: favorited.has(article.id),
      favoritesCount: counts.get(article.id) ?? 0,
      author: profileOf(article.author, followed.has(article.authorId)),
    }));
  }
}
