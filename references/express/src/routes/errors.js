// The last middlewares of the app: unknown routes, then every error mapped to a status code.
import {
  AuthenticationError,
  DomainError,
  NotFoundError,
  PermissionError,
  ValidationError,
} from '../services/index.js';

const STATUS = new Map([
  [ValidationError, 422],
  [AuthenticationError, 401],
  [PermissionError, 403],
  [NotFoundError, 404],
]);

/** The contract's GenericErrorModel: {"errors": {"body": [...]}}. */
const errorBody = (...messages) => ({ errors: { body: messages } });

export function notFound(req, res) {
  res.status(404).json(errorBody(`no route for ${req.method} ${req.path}`));
}

// Express recognises an error handler by its four parameters, so `next` stays even unused.
// eslint-disable-next-line no-unused-vars
export function errorHandler(err, req, res, next) {
  if (res.headersSent) {
    next(err);
    return;
  }
  if (err instanceof DomainError) {
    res.status(STATUS.get(err.constructor) ?? 422).json(errorBody(...err.messages));
    return;
  }
  if (err?.type === 'entity.parse.failed') {
    // express.json() met a body that is not JSON: the input cannot be processed.
    res.status(422).json(errorBody('request body is not valid JSON'));
    return;
  }
  const status = Number(err?.status ?? err?.statusCode);
  if (Number.isInteger(status) && status >= 400 && status < 500) {
    // Other client errors raised by Express's own middleware (too large, bad encoding, ...).
    res.status(status).json(errorBody(err.expose ? err.message : 'bad request'));
    return;
  }
  console.error(err);
  res.status(500).json(errorBody('internal server error'));
}
