import { randomBytes } from 'node:crypto';

const MAX_LENGTH = 100;

/** A URL-safe slug from a title: ASCII letters and digits joined by single hyphens. */
export function slugify(title) {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'article';
}

/** Titles are not unique, slugs are: a random suffix avoids a query loop on collisions. */
export function withSuffix(slug) {
  return `${slug}-${randomBytes(4).toString('hex')}`;
}
