import { CommentRepository } from '../repositories/comment.repository';

export class CommentService {
  constructor(private readonly comments: CommentRepository) {}

  async list(slug: string) {
    return { comments: await this.comments.forArticle(slug) };
  }

  async add(slug: string, authorId: number, body: string) {
    if (!body.trim()) throw new Error('comment body must not be empty');
    return { comment: await this.comments.add(slug, authorId, body) };
  }

  async remove(id: number, authorId: number): Promise<boolean> {
    const { count } = await this.comments.remove(id, authorId);
    return count > 0;
  }
}
