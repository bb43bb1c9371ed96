export interface Author {
  username: string;
  bio: string;
  image: string | null;
}

export class Article {
  constructor(
    readonly slug: string,
    readonly title: string,
    readonly description: string,
    readonly body: string,
    readonly tagList: string[],
    readonly author: Author,
    readonly createdAt: Date = new Date(),
  ) {}

  static slugFor(title: string): string {
    return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }
}
