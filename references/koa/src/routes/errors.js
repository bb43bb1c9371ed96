// The outermost middleware: domain errors and Koa's HTTP errors become JSON error bodies.
import { AuthenticationError, NotFound, PermissionDenied, ValidationError } from '../services/errors.js';

const STATUS = new Map([
  [ValidationError, 422],
  [AuthenticationError, 401],
  [PermissionDenied, 403],
  [NotFound, 404],
]);

function errorBody(messages) {
  // The contract's GenericErrorModel: {"errors": {"body": [...]}} or per-field messages.
  return { errors: messages };
}

function describe(error) {
  for (const [type, status] of STATUS) {
    if (error instanceof type) {
      return { status, body: errorBody(error.errors) };
    }
  }
  if (error.status === 400) {
    // A body the body parser cannot read is invalid input, which the contract answers with 422.
    return { status: 422, body: errorBody({ body: ['request body must be valid JSON'] }) };
  }
  if (Number.isInteger(error.status) && error.status >= 400 && error.status < 500) {
    return { status: error.status, body: errorBody({ body: [error.expose ? error.message : 'request refused'] }) };
  }
  return { status: 500, body: errorBody({ body: ['internal server error'] }) };
}

export async function errorHandler(ctx, next) {
  try {
    await next();
    if (ctx.status === 404 && ctx.body === undefined) {
      ctx.status = 404;
      ctx.body = errorBody({ body: [`no route for ${ctx.method} ${ctx.path}`] });
    }
  } catch (error) {
    const { status, body } = describe(error);
    ctx.status = status;
    ctx.body = body;
    if (status >= 500) {
      ctx.app.emit('error', error, ctx);
    }
  }
}
