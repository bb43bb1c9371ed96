import { randomBytes } from 'node:crypto';

/** A URL-safe slug of the title: lower-case ASCII letters and digits joined by dashes. */
export function slugify(title) {
  const ascii = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'article';
}

/** Titles are not unique, slugs are: a random suffix settles a collision without a query loop. */
export function withSuffix(slug) {
  return `${slug}-${randomBytes(4).toString('hex')}`;
}
