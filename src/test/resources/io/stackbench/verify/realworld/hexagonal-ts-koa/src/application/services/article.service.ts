import { Article } from '@domain/article';
import { CreateArticleCommand, CreateArticleUseCase, GetArticleQuery } from '@application/ports/in/article-use-cases';
import { LoadArticlePort, SaveArticlePort } from '@application/ports/out/article-repository.port';

export class ArticleService implements GetArticleQuery, CreateArticleUseCase {
  constructor(
    private readonly loadArticle: LoadArticlePort,
    private readonly saveArticle: SaveArticlePort,
  ) {}

  getBySlug(slug: string): Promise<Article | null> {
    return this.loadArticle.loadBySlug(slug);
  }

  async create(command: CreateArticleCommand): Promise<Article> {
    const slug = Article.slugFor(command.title);
    return this.saveArticle.save(
      { slug, title: command.title, description: command.description, body: command.body,
        tagList: [...new Set(command.tagList)], createdAt: new Date() },
      command.authorId,
    );
  }
}
