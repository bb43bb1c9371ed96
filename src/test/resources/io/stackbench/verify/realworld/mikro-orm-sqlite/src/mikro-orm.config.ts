import { Options, SqliteDriver } from '@mikro-orm/sqlite';
import { Article } from './modules/article/article.entity';
import { User } from './modules/user/user.entity';

const config: Options = {
  driver: SqliteDriver,
  dbName: process.env.SQLITE_PATH ?? 'conduit.sqlite3',
  entities: [User, Article],
  debug: process.env.NODE_ENV !== 'production',
};

export default config;
