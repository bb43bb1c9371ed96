export { ArticleRepository } from './articles.js';
export { CommentRepository } from './comments.js';
export { Conflict } from './errors.js';
export { TagRepository } from './tags.js';
export { UserRepository } from './users.js';
