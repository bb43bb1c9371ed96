import { randomBytes } from 'node:crypto';

/** "How to Train Your Dragon!" -> "how-to-train-your-dragon". */
export function slugify(title) {
  const ascii = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200)
    .replace(/-+$/, '');
  return slug || 'article';
}

// Titles are not unique, slugs are: a random suffix avoids a query loop on collisions.
export function withSuffix(slug) {
  return `${slug}-${randomBytes(4).toString('hex')}`;
}
