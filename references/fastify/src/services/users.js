import { Conflict } from '../repositories/index.js';
import { AuthenticationError, ValidationError } from './errors.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { optionalStrings, requiredStrings } from './validation.js';
import { userView } from './views.js';

const TAKEN = 'username or email has already been taken';

/** A uniqueness rule broken by a concurrent write (another process) reads as a taken name. */
function taken(error) {
  return error instanceof Conflict ? new ValidationError(TAKEN) : error;
}

export class UserService {
  #users;
  #tokens;
  #uow;

  constructor({ users, tokens, uow }) {
    this.#users = users;
    this.#tokens = tokens;
    this.#uow = uow;
  }

  async register(data) {
    const { username, email, password } = requiredStrings(data, 'username', 'email', 'password');
    // Hashed before the transaction, so that the write lock is held for a few queries only.
    const passwordHash = await hashPassword(password);
    const user = await this.#uow
      .run(async (tx) => {
        await this.#ensureUnique({ username, email }, undefined, tx);
        return this.#users.create({ username, email, passwordHash }, tx);
      })
      .catch((error) => {
        throw taken(error);
      });
    return this.#view(user);
  }

  async login(data) {
    const { email, password } = requiredStrings(data, 'email', 'password');
    const user = await this.#users.byEmail(email);
    if (user === null || !(await verifyPassword(password, user.passwordHash))) {
      throw new AuthenticationError('email or password is invalid');
    }
    return this.#view(user);
  }

  /** The id of the user a token stands for; the user must still exist. */
  async authenticate(token) {
    return (await this.#existing(this.#tokens.userId(token))).id;
  }

  async current(userId) {
    return this.#view(await this.#existing(userId));
  }

  async update(userId, data) {
    const changes = optionalStrings(data, ['email', 'username', 'password', 'bio', 'image'], {
      nullable: ['bio', 'image'],
    });
    if (changes.password !== undefined) {
      changes.passwordHash = await hashPassword(changes.password);
      delete changes.password;
    }
    const user = await this.#uow
      .run(async (tx) => {
        const existing = await this.#existing(userId, tx);
        await this.#ensureUnique(changes, existing.id, tx);
        await this.#users.update(existing, changes, tx);
        return existing;
      })
      .catch((error) => {
        throw taken(error);
      });
    return this.#view(user);
  }

  async #existing(userId, tx) {
    const user = await this.#users.byId(userId, tx);
    if (user === null) {
      throw new AuthenticationError('the user of this token no longer exists');
    }
    return user;
  }

  async #ensureUnique({ username, email }, exceptId, tx) {
    const problems = [];
    if (username !== undefined) {
      const other = await this.#users.byUsername(username, tx);
      if (other !== null && other.id !== exceptId) {
        problems.push('username has already been taken');
      }
    }
    if (email !== undefined) {
      const other = await this.#users.byEmail(email, tx);
      if (other !== null && other.id !== exceptId) {
        problems.push('email has already been taken');
      }
    }
    if (problems.length > 0) {
      throw new ValidationError(...problems);
    }
  }

  #view(user) {
    return userView(user, this.#tokens.issue(user.id));
  }
}
