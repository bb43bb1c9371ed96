import { desc, eq, like } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bookmarks, type NewBookmark } from '../db/schema';

export class BookmarkRepository {
  constructor(private readonly db: Db) {}

  findByUrl(url: string) {
    return this.db.select().from(bookmarks).where(eq(bookmarks.url, url)).get();
  }

  search(term?: string) {
    const q = this.db.select().from(bookmarks);
    return (term ? q.where(like(bookmarks.title, `%${term}%`)) : q).orderBy(desc(bookmarks.createdAt)).all();
  }

  insert(data: NewBookmark) {
    return this.db.insert(bookmarks).values(data).returning().get();
  }
}
