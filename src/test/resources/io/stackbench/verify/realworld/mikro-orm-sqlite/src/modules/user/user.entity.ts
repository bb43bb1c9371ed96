import { Collection, Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Article } from '../article/article.entity';

@Entity({ tableName: 'users' })
export class User {
  @PrimaryKey()
  id!: number;

  @Property({ unique: true })
  username!: string;

  @Property({ unique: true })
  email!: string;

  @Property({ hidden: true })
  password!: string;

  @Property()
  bio: string = '';

  @Property({ nullable: true })
  image?: string;

  @OneToMany(() => Article, (article) => article.author)
  articles = new Collection<Article>(this);
}
