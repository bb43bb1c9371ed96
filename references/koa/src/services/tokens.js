import jwt from 'jsonwebtoken';

import { AuthenticationError } from './errors.js';

const ALGORITHM = 'HS256';

/** Issues and checks the JWTs that identify a user (subject = user id). */
export class TokenIssuer {
  constructor(secret, ttlSeconds) {
    this.secret = secret;
    this.ttlSeconds = ttlSeconds;
  }

  issue(userId) {
    return jwt.sign({}, this.secret, {
      algorithm: ALGORITHM,
      subject: String(userId),
      expiresIn: this.ttlSeconds,
    });
  }

  /** The user id a valid token names; AuthenticationError for anything else. */
  userId(token) {
    let claims;
    try {
      claims = jwt.verify(token, this.secret, { algorithms: [ALGORITHM] });
    } catch {
      throw new AuthenticationError('invalid token');
    }
    const id = Number(claims.sub);
    if (!Number.isSafeInteger(id) || claims.exp === undefined) {
      throw new AuthenticationError('invalid token');
    }
    return id;
  }
}
