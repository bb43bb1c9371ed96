import { NotFoundError, PermissionError } from './errors.js';
import { retryOnConflict } from './retry.js';
import { slugify, withSuffix } from './slugs.js';
import { optionalFields, paging, requiredFields, tagNames } from './validation.js';
import { profileView } from './views.js';

export class ArticleService {
  constructor({ articles, users }) {
    this.articles = articles;
    this.users = users;
  }

  async create(authorId, data) {
    const fields = requiredFields(data, 'title', 'description', 'body');
    const tags = tagNames(data.tagList);
    const article = await retryOnConflict(async () =>
      this.articles.create({ ...fields, slug: await this.freeSlug(fields.title), authorId }, tags),
    );
    return this.view(article, authorId);
  }

  async get(slug, viewerId) {
    return this.view(await this.existing(slug), viewerId);
  }

  async update(slug, userId, data) {
    const article = await this.owned(slug, userId);
    const changes = optionalFields(data, ['title', 'description', 'body']);
    const updated = await retryOnConflict(async () => {
      if (changes.title !== undefined && changes.title !== article.title) {
        changes.slug = await this.freeSlug(changes.title, article.id);
      }
      return Object.keys(changes).length > 0 ? this.articles.update(article.id, changes) : article;
    });
    if (!updated) throw new NotFoundError('article not found');
    return this.view(updated, userId);
  }

  async delete(slug, userId) {
    const article = await this.owned(slug, userId);
    await this.articles.delete(article.id);
  }

  async favorite(slug, userId) {
    const article = await this.existing(slug);
    await this.articles.favorite(userId, article.id);
    return this.view(article, userId);
  }

  async unfavorite(slug, userId) {
    const article = await this.existing(slug);
    await this.articles.unfavorite(userId, article.id);
    return this.view(article, userId);
  }

  /** Articles filtered by tag, author or favorited (usernames), newest first, paged. */
  async list(viewerId, { tag, author, favorited, limit, offset } = {}) {
    return this.page({ tag, author, favoritedBy: favorited }, viewerId, paging({ limit, offset }));
  }

  /** Articles by the users userId follows, newest first, paged. */
  async feed(userId, { limit, offset } = {}) {
    return this.page({ feedOf: userId }, userId, paging({ limit, offset }));
  }

  async page(criteria, viewerId, { limit, offset }) {
    const { articles, count } = await this.articles.page(criteria, limit, offset);
    return { articles: await this.views(articles, viewerId), articlesCount: count };
  }

  async freeSlug(title, exceptId = null) {
    const base = slugify(title);
    let slug = base;
    while (await this.articles.slugTaken(slug, exceptId)) slug = withSuffix(base);
    return slug;
  }

  async existing(slug) {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw new NotFoundError('article not found');
    return article;
  }

  async owned(slug, userId) {
    const article = await this.existing(slug);
    if (article.authorId !== userId) throw new PermissionError('only the author may change this article');
    return article;
  }

  async view(article, viewerId) {
    const [view] = await this.views([article], viewerId);
    return view;
  }

  /** Three batched look-ups per page instead of three per article. */
  async views(articles, viewerId) {
    const ids = articles.map((article) => article.id);
    const [counts, favorited, followed] = await Promise.all([
      this.articles.favoriteCounts(ids),
      this.articles.favoritedAmong(viewerId, ids),
      this.users.followedAmong(
        viewerId,
        articles.map((article) => article.authorId),
      ),
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
      author: profileView(article.author, followed.has(article.authorId)),
    }));
  }
}
