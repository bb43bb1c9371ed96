// Turns thrown errors into JSON responses: domain errors from the services, HTTPExceptions
// from the routes and middleware. Registered by the app factory with app.onError / app.notFound.
import { HTTPException } from 'hono/http-exception';
import {
  AuthenticationError,
  DomainError,
  NotFound,
  PermissionDenied,
  ValidationError,
} from '../services/errors.js';

const STATUS = new Map([
  [ValidationError, 422],
  [AuthenticationError, 401],
  [PermissionDenied, 403],
  [NotFound, 404],
]);

/** The contract's GenericErrorModel: {"errors": {"body": [...]}}. */
export function errorBody(...messages) {
  return { errors: { body: messages } };
}

function unauthorized(c, message) {
  c.header('WWW-Authenticate', 'Token');
  return c.json(errorBody(message), 401);
}

export function handleError(error, c) {
  if (error instanceof ValidationError) {
    return c.json({ errors: error.errors }, 422);
  }
  if (error instanceof DomainError) {
    const status = STATUS.get(error.constructor) ?? 422;
    return status === 401 ? unauthorized(c, error.message) : c.json(errorBody(error.message), status);
  }
  if (error instanceof HTTPException) {
    const message = error.message || 'request failed';
    return error.status === 401 ? unauthorized(c, message) : c.json(errorBody(message), error.status);
  }
  console.error(`${c.req.method} ${c.req.path} failed:`, error);
  return c.json(errorBody('internal server error'), 500);
}

export function handleNotFound(c) {
  return c.json(errorBody(`no route for ${c.req.method} ${c.req.path}`), 404);
}
