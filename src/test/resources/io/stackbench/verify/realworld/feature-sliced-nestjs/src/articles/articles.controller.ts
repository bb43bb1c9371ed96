import { Body, Controller, Get, Headers, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ArticlesService, CreateArticleDto } from './articles.service';

@Controller('articles')
export class ArticlesController {
  constructor(private readonly articlesService: ArticlesService) {}

  @Get()
  findAll(@Query('author') author?: string, @Query('limit') limit?: number, @Query('offset') offset?: number) {
    return this.articlesService.findAll({ author, limit, offset });
  }

  @Get(':slug')
  async findOne(@Param('slug') slug: string) {
    const article = await this.articlesService.findOne(slug);
    if (!article) throw new NotFoundException('Article not found');
    return { article };
  }

  @Post()
  async create(@Headers('x-user-id') userId: string, @Body('article') dto: CreateArticleDto) {
    const article = await this.articlesService.create(Number(userId), dto);
    if (!article) throw new NotFoundException('Author not found');
    return { article };
  }
}
