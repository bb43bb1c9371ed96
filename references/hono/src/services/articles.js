import { NotFound, PermissionDenied } from './errors.js';
import { writeWithRetry } from './retry.js';
import { slugify, withSuffix } from './slugs.js';
import { optionalStrings, pageOf, requiredStrings, tagNames } from './validation.js';
import { articleView } from './views.js';

/** Articles, favorites, the global list and the feed. */
export class ArticleService {
  constructor(articles, users) {
    this.articles = articles;
    this.users = users;
  }

  async create(viewerId, input) {
    const { title, description, body } = requiredStrings(input, 'title', 'description', 'body');
    const names = tagNames(input.tagList);
    const article = await writeWithRetry(async () =>
      this.articles.create({
        slug: await this.#freeSlug(title),
        title,
        description,
        body,
        authorId: viewerId,
        tagNames: names,
      }),
    );
    return this.#view(article, viewerId);
  }

  async get(slug, viewerId) {
    return this.#view(await this.#existing(slug), viewerId);
  }

  async update(slug, viewerId, input) {
    const article = await this.#owned(slug, viewerId);
    const changes = optionalStrings(input, 'title', 'description', 'body');
    const names = input.tagList === undefined ? undefined : tagNames(input.tagList);
    const updated = await writeWithRetry(async () => {
      if (changes.title !== undefined && slugify(changes.title) !== article.slug) {
        changes.slug = await this.#freeSlug(changes.title, article.id);
      }
      return this.articles.update(article, changes, names);
    });
    return this.#view(updated, viewerId);
  }

  async delete(slug, viewerId) {
    await this.articles.delete(await this.#owned(slug, viewerId));
  }

  async favorite(slug, viewerId) {
    const article = await this.#existing(slug);
    await writeWithRetry(() => this.articles.favorite(viewerId, article.id));
    return this.#view(article, viewerId);
  }

  async unfavorite(slug, viewerId) {
    const article = await this.#existing(slug);
    await this.articles.unfavorite(viewerId, article.id);
    return this.#view(article, viewerId);
  }

  /** filters: {tag, author, favorited} (each optional); page: {limit, offset}. */
  async list({ tag, author, favorited }, page, viewerId) {
    const { limit, offset } = pageOf(page);
    const result = await this.articles.page({ tag, author, favoritedBy: favorited }, limit, offset);
    return this.#pageView(result, viewerId);
  }

  /** Articles by the authors the caller follows, newest first. */
  async feed(viewerId, page) {
    const { limit, offset } = pageOf(page);
    const result = await this.articles.page({ followerId: viewerId }, limit, offset);
    return this.#pageView(result, viewerId);
  }

  async #freeSlug(title, exceptId = null) {
    let slug = slugify(title);
    while (await this.articles.slugTaken(slug, exceptId)) slug = withSuffix(slugify(title));
    return slug;
  }

  async #existing(slug) {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw new NotFound('article not found');
    return article;
  }

  async #owned(slug, viewerId) {
    const article = await this.#existing(slug);
    if (article.authorId !== viewerId) throw new PermissionDenied('only the author may change this article');
    return article;
  }

  async #view(article, viewerId) {
    return (await this.#views([article], viewerId))[0];
  }

  async #pageView({ articles, count }, viewerId) {
    return { articles: await this.#views(articles, viewerId), articlesCount: count };
  }

  // Three batched look-ups per page instead of three per article.
  async #views(articles, viewerId) {
    const ids = articles.map((article) => article.id);
    const counts = await this.articles.favoriteCounts(ids);
    const favorited = viewerId != null ? await this.articles.favoritedAmong(viewerId, ids) : new Set();
    const followed =
      viewerId != null
        ? await this.users.followedAmong(viewerId, articles.map((article) => article.authorId))
        : new Set();
    return articles.map((article) =>
      articleView(article, {
        favorited: favorited.has(article.id),
        favoritesCount: counts.get(article.id) ?? 0,
        following: followed.has(article.authorId),
      }),
    );
  }
}
