import { AuthenticationError, NotFound, PermissionDenied } from './errors.js';
import { requiredStrings } from './validation.js';
import { commentView } from './views.js';

export class CommentService {
  #comments;
  #articles;
  #users;
  #uow;

  constructor({ comments, articles, users, uow }) {
    this.#comments = comments;
    this.#articles = articles;
    this.#users = users;
    this.#uow = uow;
  }

  async add(slug, authorId, data) {
    const { body } = requiredStrings(data, 'body');
    const { comment, author } = await this.#uow.run(async (tx) => {
      const article = await this.#article(slug, tx);
      const user = await this.#users.byId(authorId, tx);
      if (user === null) {
        throw new AuthenticationError('the user of this token no longer exists');
      }
      return { comment: await this.#comments.create({ body, articleId: article.id, authorId }, tx), author: user };
    });
    const followed = await this.#users.followedAmong(authorId, [authorId]);
    return commentView(comment, author, followed.has(authorId));
  }

  /** The article's comments, newest first. */
  async list(slug, viewerId) {
    const article = await this.#article(slug);
    const comments = await this.#comments.forArticle(article.id);
    const followed =
      viewerId != null
        ? await this.#users.followedAmong(
            viewerId,
            comments.map((comment) => comment.authorId),
          )
        : new Set();
    return comments.map((comment) => commentView(comment, comment.author, followed.has(comment.authorId)));
  }

  async delete(slug, commentId, userId) {
    await this.#uow.run(async (tx) => {
      const article = await this.#article(slug, tx);
      const comment = await this.#comments.inArticle(article.id, commentId, tx);
      if (comment === null) {
        throw new NotFound('comment not found');
      }
      if (comment.authorId !== userId) {
        throw new PermissionDenied('only the author may delete this comment');
      }
      await this.#comments.delete(comment, tx);
    });
  }

  async #article(slug, tx) {
    const article = await this.#articles.bySlug(slug, tx);
    if (article === null) {
      throw new NotFound('article not found');
    }
    return article;
  }
}
