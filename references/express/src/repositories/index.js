export { ArticleRepository } from './articles.js';
export { CommentRepository } from './comments.js';
export { ConflictError } from './errors.js';
export { TagRepository } from './tags.js';
export { UserRepository } from './users.js';
