import { retryOnConflict } from './conflicts.js';
import { AuthenticationError, NotFound, PermissionDenied } from './errors.js';
import { slugify, withSuffix } from './slugs.js';
import { optionalStrings, pageBounds, requiredStrings, tagNames } from './validation.js';
import { profileView } from './views.js';

export class ArticleService {
  #articles;
  #users;
  #tags;
  #uow;

  constructor({ articles, users, tags, uow }) {
    this.#articles = articles;
    this.#users = users;
    this.#tags = tags;
    this.#uow = uow;
  }

  async create(authorId, data) {
    const fields = requiredStrings(data, 'title', 'description', 'body');
    const names = tagNames(data?.tagList);
    const article = await retryOnConflict(() =>
      this.#uow.run(async (tx) => {
        await this.#caller(authorId, tx);
        const slug = await this.#freeSlug(fields.title, undefined, tx);
        const created = await this.#articles.create({ ...fields, slug, authorId }, tx);
        if (names.length > 0) {
          await this.#articles.setTags(created, await this.#tags.getOrCreate(names, tx), tx);
        }
        return this.#articles.byId(created.id, tx);
      }),
    );
    return this.#view(article, authorId);
  }

  async get(slug, viewerId) {
    return this.#view(await this.#existing(slug), viewerId);
  }

  async update(slug, userId, data) {
    const changes = optionalStrings(data, ['title', 'description', 'body']);
    const names = data?.tagList === undefined ? undefined : tagNames(data.tagList);
    const article = await retryOnConflict(() =>
      this.#uow.run(async (tx) => {
        const found = await this.#owned(slug, userId, tx);
        const update = { ...changes };
        if (update.title !== undefined && update.title !== found.title) {
          update.slug = await this.#freeSlug(update.title, found.id, tx);
        }
        await this.#articles.update(found, update, tx);
        if (names !== undefined) {
          await this.#articles.setTags(found, await this.#tags.getOrCreate(names, tx), tx);
        }
        return found;
      }),
    );
    return this.#view(article, userId);
  }

  async delete(slug, userId) {
    await this.#uow.run(async (tx) => {
      await this.#articles.delete(await this.#owned(slug, userId, tx), tx);
    });
  }

  async favorite(slug, userId) {
    // A conflict means the article was deleted meanwhile (by another process): the re-run answers 404.
    const article = await retryOnConflict(() =>
      this.#uow.run(async (tx) => {
        await this.#caller(userId, tx);
        const found = await this.#existing(slug, tx);
        await this.#articles.favorite(userId, found.id, tx);
        return found;
      }),
    );
    return this.#view(article, userId);
  }

  async unfavorite(slug, userId) {
    const article = await this.#uow.run(async (tx) => {
      await this.#caller(userId, tx);
      const found = await this.#existing(slug, tx);
      await this.#articles.unfavorite(userId, found.id, tx);
      return found;
    });
    return this.#view(article, userId);
  }

  /** Articles filtered by tag, author username and/or the username of a user who favorited them. */
  async list(viewerId, { tag, author, favorited, limit, offset } = {}) {
    return this.#page({ tag, author, favoritedBy: favorited }, viewerId, pageBounds({ limit, offset }));
  }

  /** Articles by the users the caller follows. */
  async feed(userId, { limit, offset } = {}) {
    return this.#page({ feedOf: userId }, userId, pageBounds({ limit, offset }));
  }

  async #page(criteria, viewerId, bounds) {
    const { articles, count } = await this.#articles.page(criteria, bounds);
    return { articles: await this.#views(articles, viewerId), articlesCount: count };
  }

  async #freeSlug(title, exceptId, tx) {
    const base = slugify(title);
    let slug = base;
    while (await this.#articles.slugTaken(slug, exceptId, tx)) {
      slug = withSuffix(base);
    }
    return slug;
  }

  async #existing(slug, tx) {
    const article = await this.#articles.bySlug(slug, tx);
    if (article === null) {
      throw new NotFound('article not found');
    }
    return article;
  }

  async #owned(slug, userId, tx) {
    const article = await this.#existing(slug, tx);
    if (article.authorId !== userId) {
      throw new PermissionDenied('only the author may change this article');
    }
    return article;
  }

  async #caller(userId, tx) {
    if ((await this.#users.byId(userId, tx)) === null) {
      throw new AuthenticationError('the user of this token no longer exists');
    }
  }

  async #view(article, viewerId) {
    const [view] = await this.#views([article], viewerId);
    return view;
  }

  /** Four batched look-ups per page, not four per article. */
  async #views(articles, viewerId) {
    const ids = articles.map((article) => article.id);
    const [tags, counts, favorited, followed] = await Promise.all([
      this.#articles.tagNames(ids),
      this.#articles.favoriteCounts(ids),
      viewerId != null ? this.#articles.favoritedAmong(viewerId, ids) : new Set(),
      viewerId != null
        ? this.#users.followedAmong(
            viewerId,
            articles.map((article) => article.authorId),
          )
        : new Set(),
    ]);
    return articles.map((article) => ({
      slug: article.slug,
      title: article.title,
      description: article.description,
      body: article.body,
      tagList: tags.get(article.id) ?? [],
      createdAt: article.createdAt,
      updatedAt: article.updatedAt,
      favorited: favorited.has(article.id),
      favoritesCount: counts.get(article.id) ?? 0,
      author: profileView(article.author, followed.has(article.authorId)),
    }));
  }
}
