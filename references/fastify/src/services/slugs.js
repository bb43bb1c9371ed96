import { randomBytes } from 'node:crypto';

const MAX_LENGTH = 100;

/** "Hello, Wörld!" -> "hello-world"; a title without letters or digits gives "article". */
export function slugify(title) {
  const ascii = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'article';
}

/** Titles are not unique, slugs are: a random suffix settles a collision in one step. */
export function withSuffix(slug) {
  return `${slug}-${randomBytes(4).toString('hex')}`;
}
