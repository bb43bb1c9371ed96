// Use cases. Nothing here knows about HTTP; failures are thrown as domain errors (./errors.js).
export { ArticleService } from './articles.js';
export { CommentService } from './comments.js';
export { AuthenticationError, DomainError, NotFound, PermissionDenied, ValidationError } from './errors.js';
export { ProfileService } from './profiles.js';
export { TagService } from './tags.js';
export { TokenIssuer } from './tokens.js';
export { UserService } from './users.js';
