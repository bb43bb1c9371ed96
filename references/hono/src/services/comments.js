import { NotFound, PermissionDenied } from './errors.js';
import { writeWithRetry } from './retry.js';
import { requiredStrings } from './validation.js';
import { commentView } from './views.js';

/** Comments on articles; only a comment's author may delete it. */
export class CommentService {
  constructor(comments, articles, users) {
    this.comments = comments;
    this.articles = articles;
    this.users = users;
  }

  async add(slug, viewerId, input) {
    const article = await this.#article(slug);
    const { body } = requiredStrings(input, 'body');
    const comment = await writeWithRetry(() =>
      this.comments.create({ articleId: article.id, authorId: viewerId, body }),
    );
    return (await this.#views([comment], viewerId))[0];
  }

  async list(slug, viewerId) {
    const article = await this.#article(slug);
    return this.#views(await this.comments.listForArticle(article.id), viewerId);
  }

  async delete(slug, commentId, viewerId) {
    const article = await this.#article(slug);
    const id = Number(commentId);
    const comment = Number.isSafeInteger(id) ? await this.comments.findInArticle(article.id, id) : null;
    if (!comment) throw new NotFound('comment not found');
    if (comment.authorId !== viewerId) throw new PermissionDenied('only the author may delete this comment');
    await this.comments.delete(comment);
  }

  async #article(slug) {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw new NotFound('article not found');
    return article;
  }

  async #views(comments, viewerId) {
    const followed =
      viewerId != null
        ? await this.users.followedAmong(viewerId, comments.map((comment) => comment.authorId))
        : new Set();
    return comments.map((comment) => commentView(comment, followed.has(comment.authorId)));
  }
}
