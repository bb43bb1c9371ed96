import { NotFoundError, PermissionError } from './errors.js';
import { requiredFields } from './validation.js';
import { profileView } from './views.js';

// Ids are 32-bit integers in every database; anything else names no comment.
const isRowId = (id) => Number.isSafeInteger(id) && id >= 1 && id <= 2 ** 31 - 1;

export class CommentService {
  constructor({ comments, articles, users }) {
    this.comments = comments;
    this.articles = articles;
    this.users = users;
  }

  async add(slug, authorId, data) {
    const article = await this.article(slug);
    const { body } = requiredFields(data, 'body');
    const comment = await this.comments.create({ body, articleId: article.id, authorId });
    const [view] = await this.views([comment], authorId);
    return view;
  }

  async list(slug, viewerId) {
    const article = await this.article(slug);
    return this.views(await this.comments.listForArticle(article.id), viewerId);
  }

  async delete(slug, commentId, userId) {
    const article = await this.article(slug);
    const comment = isRowId(commentId) ? await this.comments.findInArticle(article.id, commentId) : null;
    if (!comment) throw new NotFoundError('comment not found');
    if (comment.authorId !== userId) throw new PermissionError('only the author may delete this comment');
    await this.comments.delete(comment.id);
  }

  async article(slug) {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw new NotFoundError('article not found');
    return article;
  }

  async views(comments, viewerId) {
    const followed = await this.users.followedAmong(
      viewerId,
      comments.map((comment) => comment.authorId),
    );
    return comments.map((comment) => ({
      id: comment.id,
      createdAt: comment.createdAt,
      updatedAt: comment.updatedAt,
      body: comment.body,
      author: profileView(comment.author, followed.has(comment.authorId)),
    }));
  }
}
