import { AuthenticationError, NotFound, PermissionDenied } from './errors.js';
import { profileOf } from './presenters.js';
import { requiredFields } from './validation.js';

export class CommentService {
  constructor(comments, articles, users) {
    this.comments = comments;
    this.articles = articles;
    this.users = users;
  }

  async add(slug, authorId, data) {
    const article = await this.#article(slug);
    const { body } = requiredFields(data, 'body');
    if (!(await this.users.findById(authorId))) {
      throw new AuthenticationError('user no longer exists');
    }
    const comment = await this.comments.create({ body, articleId: article.id, authorId });
    const [view] = await this.#views([comment], authorId);
    return view;
  }

  async list(slug, viewerId) {
    const article = await this.#article(slug);
    return this.#views(await this.comments.listForArticle(article.id), viewerId);
  }

  async delete(slug, commentId, userId) {
    const article = await this.#article(slug);
    const id = Number(commentId);
    const comment = Number.isSafeInteger(id) ? await this.comments.findInArticle(article.id, id) : null;
    if (!comment) {
      throw new NotFound('comment not found');
    }
    if (comment.authorId !== userId) {
      throw new PermissionDenied('only the author may delete this comment');
    }
    await this.comments.delete(comment.id);
  }

  async #article(slug) {
    const article = await this.articles.findBySlug(slug);
    if (!article) {
      throw new NotFound('article not found');
    }
    return article;
  }

  async #views(comments, viewerId) {
    const followed =
      viewerId === undefined
        ? new Set()
        : await this.users.followedAmong(viewerId, comments.map((comment) => comment.authorId));
    return comments.map((comment) => ({
      id: comment.id,
      body: comment.body,
      createdAt: comment.createdAt,
      updatedAt: comment.updatedAt,
      author: profileOf(comment.author, followed.has(comment.authorId)),
    }));
  }
}
