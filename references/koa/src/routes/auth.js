// Reads `Authorization: Token <jwt>` and puts the caller's id on ctx.state.userId.
import { AuthenticationError } from '../services/errors.js';

const SCHEMES = new Set(['token', 'bearer']);

function presentedToken(ctx) {
  const header = ctx.get('Authorization');
  if (header === '') {
    return undefined;
  }
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (!SCHEMES.has(scheme.toLowerCase()) || !token || rest.length > 0) {
    throw new AuthenticationError('malformed Authorization header');
  }
  return token;
}

/** Middleware for routes that need a caller (`required`) or only look at one (`optional`). */
export function authentication(users) {
  async function identify(ctx, required) {
    const token = presentedToken(ctx);
    if (token === undefined) {
      if (required) {
        throw new AuthenticationError('missing Authorization header');
      }
      return undefined;
    }
    // A token that is sent must be valid, even where authentication is optional.
    return users.authenticate(token);
  }

  return {
    async required(ctx, next) {
      ctx.state.userId = await identify(ctx, true);
      await next();
    },
    async optional(ctx, next) {
      ctx.state.userId = await identify(ctx, false);
      await next();
    },
  };
}
