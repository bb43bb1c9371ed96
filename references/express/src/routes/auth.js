// Reads `Authorization: Token <jwt>` and records the caller's id on req.auth.
import { AuthenticationError } from '../services/index.js';

const SCHEMES = new Set(['token', 'bearer']);

function presentedToken(req) {
  const header = req.get('Authorization');
  if (header === undefined) return null;
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (!SCHEMES.has(scheme?.toLowerCase()) || !token || rest.length > 0) {
    throw new AuthenticationError('malformed Authorization header');
  }
  return token;
}

/** Middleware for routes that need a caller (`required`) or accept one (`optional`). */
export function authentication(userService) {
  const authenticate = (required) => async (req, res, next) => {
    const token = presentedToken(req);
    if (token === null) {
      if (required) throw new AuthenticationError('missing Authorization header');
      req.auth = { userId: null };
    } else {
      // A token that is sent must be valid, even where authentication is optional.
      req.auth = { userId: await userService.authenticate(token) };
    }
    next();
  };
  return { required: authenticate(true), optional: authenticate(false) };
}
