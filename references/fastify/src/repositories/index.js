// Data access: every read and write goes through the Sequelize models.
export { ArticleRepository } from './articles.js';
export { CommentRepository } from './comments.js';
export { Conflict } from './errors.js';
export { TagRepository } from './tags.js';
export { UnitOfWork } from './unit-of-work.js';
export { UserRepository } from './users.js';
