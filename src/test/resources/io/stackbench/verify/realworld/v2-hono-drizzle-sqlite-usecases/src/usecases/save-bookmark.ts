import type { BookmarkRepository } from '../repositories/bookmark-repository';

export class AlreadySavedError extends Error {}

export class SaveBookmark {
  constructor(private readonly repo: BookmarkRepository) {}

  execute(input: { url: string; title?: string }) {
    const url = new URL(input.url).toString();
    if (this.repo.findByUrl(url)) throw new AlreadySavedError(url);
    return this.repo.insert({ url, title: input.title?.trim() || new URL(url).hostname });
  }
}
