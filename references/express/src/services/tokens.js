import jwt from 'jsonwebtoken';
import { AuthenticationError } from './errors.js';

const ALGORITHM = 'HS256';

/** Issues and checks the JWTs that clients send as `Authorization: Token <jwt>`. */
export class TokenIssuer {
  constructor(secret, ttl) {
    this.secret = secret;
    this.ttl = ttl;
  }

  issue(userId) {
    return jwt.sign({}, this.secret, { algorithm: ALGORITHM, subject: String(userId), expiresIn: this.ttl });
  }

  /** The user id a valid token names; AuthenticationError for anything else. */
  userId(token) {
    let claims;
    try {
      claims = jwt.verify(token, this.secret, { algorithms: [ALGORITHM] });
    } catch {
      throw new AuthenticationError('token is invalid or expired');
    }
    const id = Number(claims?.sub);
    if (!Number.isSafeInteger(id) || id < 1) {
      throw new AuthenticationError('token names no user');
    }
    return id;
  }
}
