import type { BookmarkRepository } from '../repositories/bookmark-repository';

export class ListBookmarks {
  constructor(private readonly repo: BookmarkRepository) {}

  execute(term?: string) {
    return this.repo.search(term?.trim() || undefined);
  }
}
