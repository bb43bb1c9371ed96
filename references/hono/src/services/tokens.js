import jwt from 'jsonwebtoken';
import { AuthenticationError } from './errors.js';

/** Issues and checks the HS256 JWTs clients send as "Authorization: Token <jwt>". */
export class TokenService {
  constructor(secret, ttlSeconds) {
    this.secret = secret;
    this.ttlSeconds = ttlSeconds;
  }

  issue(user) {
    return jwt.sign({ username: user.username }, this.secret, {
      algorithm: 'HS256',
      subject: String(user.id),
      expiresIn: this.ttlSeconds,
    });
  }

  /** The user id the token was issued for; AuthenticationError when it is not a valid token. */
  userIdOf(token) {
    let claims;
    try {
      claims = jwt.verify(token, this.secret, { algorithms: ['HS256'] });
    } catch {
      throw new AuthenticationError('invalid token');
    }
    const id = Number(claims?.sub);
    if (!Number.isSafeInteger(id)) throw new AuthenticationError('invalid token');
    return id;
  }
}
