import jwt from 'jsonwebtoken';

import { AuthenticationError } from './errors.js';

/** Issues and checks the JWTs clients send as `Authorization: Token <jwt>`; the subject is the user id. */
export class TokenIssuer {
  #secret;
  #ttlSeconds;

  constructor({ secret, ttlSeconds }) {
    this.#secret = secret;
    this.#ttlSeconds = ttlSeconds;
  }

  issue(userId) {
    return jwt.sign({}, this.#secret, { algorithm: 'HS256', subject: String(userId), expiresIn: this.#ttlSeconds });
  }

  userId(token) {
    let claims;
    try {
      claims = jwt.verify(token, this.#secret, { algorithms: ['HS256'] });
    } catch {
      throw new AuthenticationError('invalid token');
    }
    const id = Number(claims.sub);
    if (!Number.isSafeInteger(id) || id < 1) {
      throw new AuthenticationError('invalid token');
    }
    return id;
  }
}
