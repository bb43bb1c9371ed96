export { ArticleService } from './articles.js';
export { CommentService } from './comments.js';
export { AuthenticationError, DomainError, NotFoundError, PermissionError, ValidationError } from './errors.js';
export { ProfileService } from './profiles.js';
export { TagService } from './tags.js';
export { TokenIssuer } from './tokens.js';
export { UserService } from './users.js';
