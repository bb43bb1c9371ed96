import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from './articles/articles.module';
import { Article } from './articles/article.entity';
import { UsersModule } from './users/users.module';
import { User } from './users/user.entity';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL ?? 'postgres://conduit:conduit@localhost:5432/conduit',
      entities: [User, Article],
      synchronize: false,
    }),
    UsersModule,
    ArticlesModule,
  ],
})
export class AppModule {}
