// Reads "Authorization: Token <jwt>" and puts the caller ({id, token}) on the context as
// "viewer". A token that is sent must be valid, even where authentication is optional.
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';

const SCHEMES = new Set(['token', 'bearer']);

function presentedToken(c) {
  const header = c.req.header('Authorization');
  if (header === undefined) return null;
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (!SCHEMES.has(scheme.toLowerCase()) || !token || rest.length > 0) {
    throw new HTTPException(401, { message: 'malformed Authorization header' });
  }
  return token;
}

/** {required, optional}: middleware for endpoints that need a caller and for those that may have one. */
export function authentication(users) {
  const identify = async (c, required) => {
    const token = presentedToken(c);
    if (token === null) {
      if (required) throw new HTTPException(401, { message: 'missing Authorization header' });
      return null;
    }
    return users.authenticate(token);
  };
  return {
    required: createMiddleware(async (c, next) => {
      c.set('viewer', await identify(c, true));
      await next();
    }),
    optional: createMiddleware(async (c, next) => {
      c.set('viewer', await identify(c, false));
      await next();
    }),
  };
}

/** The caller's user id, or null when anonymous. */
export function viewerId(c) {
  return c.get('viewer')?.id ?? null;
}
