// Turns every failure into the contract's error body, {"errors": {"body": [...]}}.
import { AuthenticationError, DomainError, NotFound, PermissionDenied, ValidationError } from '../services/index.js';

const STATUS = new Map([
  [ValidationError, 422],
  [AuthenticationError, 401],
  [PermissionDenied, 403],
  [NotFound, 404],
]);

export function errorBody(...messages) {
  return { errors: { body: messages } };
}

/** "body/article/title must NOT have fewer than 1 characters" -> "title can't be blank". */
function describe(issue, context) {
  if (issue.keyword === 'required') {
    return `${issue.params.missingProperty} can't be blank`;
  }
  const field = issue.instancePath.split('/').filter(Boolean).at(-1) ?? context;
  return issue.keyword === 'minLength' ? `${field} can't be blank` : `${field} ${issue.message}`;
}

export function errorHandler(error, request, reply) {
  if (error.validation) {
    // Fastify answers a failed schema with 400; the contract's answer to invalid input is 422.
    return reply.code(422).send(errorBody(...error.validation.map((issue) => describe(issue, error.validationContext))));
  }
  if (error instanceof DomainError) {
    return reply.code(STATUS.get(error.constructor) ?? 422).send(errorBody(...error.messages));
  }
  const status = error.statusCode ?? 500;
  if (status === 400) {
    // A body that is not JSON, or a request Fastify could not read: invalid input as well.
    return reply.code(422).send(errorBody(error.message));
  }
  if (status > 400 && status < 500) {
    return reply.code(status).send(errorBody(error.message));
  }
  request.log.error({ err: error }, 'request failed');
  return reply.code(500).send(errorBody('internal server error'));
}

export function notFoundHandler(request, reply) {
  reply.code(404).send(errorBody(`no route for ${request.method} ${request.url}`));
}
