import fp from 'fastify-plugin';

import { AuthenticationError } from '../services/index.js';

const SCHEMES = new Set(['token', 'bearer']);

/** The token of an `Authorization: Token <jwt>` header (Bearer is accepted too), or null without one. */
function presentedToken(request) {
  const header = request.headers.authorization;
  if (header === undefined) {
    return null;
  }
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (!SCHEMES.has(scheme.toLowerCase()) || !token || rest.length > 0) {
    throw new AuthenticationError('malformed Authorization header');
  }
  return token;
}

/**
 * Decorates the app with two onRequest hooks for the routes: `requireAuth` (401 without a valid
 * token) and `optionalAuth` (anonymous without a header; a token that is sent must be valid).
 * Both leave the caller's user id in `request.userId` (null when anonymous).
 */
async function authentication(app, { users }) {
  app.decorateRequest('userId', null);

  async function identify(request, required) {
    const token = presentedToken(request);
    if (token === null) {
      if (required) {
        throw new AuthenticationError('missing Authorization header');
      }
      return;
    }
    request.userId = await users.authenticate(token);
  }

  app.decorate('requireAuth', async (request) => identify(request, true));
  app.decorate('optionalAuth', async (request) => identify(request, false));
}

export default fp(authentication, { name: 'conduit-auth', fastify: '5.x' });
