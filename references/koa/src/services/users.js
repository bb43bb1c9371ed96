import { Conflict } from '../repositories/errors.js';
import { AuthenticationError, invalidFields } from './errors.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { optionalFields, requiredFields } from './validation.js';

export class UserService {
  constructor(users, tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  async register(data) {
    const { username, email, password } = requiredFields(data, 'username', 'email', 'password');
    await this.#ensureUnique({ username, email });
    try {
      const user = await this.users.create({ username, email, passwordHash: await hashPassword(password) });
      return this.#view(user);
    } catch (error) {
      throw takenOr(error);
    }
  }

  async login(data) {
    const { email, password } = requiredFields(data, 'email', 'password');
    const user = await this.users.findByEmail(email);
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throw new AuthenticationError('email or password is invalid');
    }
    return this.#view(user);
  }

  /** The id of the user a token belongs to, if that user still exists. */
  async authenticate(token) {
    const id = this.tokens.userId(token);
    if (!(await this.users.findById(id))) {
      throw new AuthenticationError('user no longer exists');
    }
    return id;
  }

  async current(userId) {
    return this.#view(await this.#existing(userId));
  }

  async update(userId, data) {
    const user = await this.#existing(userId);
    const { password, ...fields } = optionalFields(data, ['email', 'username', 'password', 'bio', 'image'], {
      nullable: ['bio', 'image'],
    });
    await this.#ensureUnique({ username: fields.username, email: fields.email }, user.id);
    const changes = { ...fields };
    if (password !== undefined) {
      changes.passwordHash = await hashPassword(password);
    }
    try {
      const updated = await this.users.update(user.id, changes);
      if (!updated) {
        throw new AuthenticationError('user no longer exists');
      }
      return this.#view(updated);
    } catch (error) {
      throw takenOr(error);
    }
  }

  async #existing(userId) {
    const user = await this.users.findById(userId);
    if (!user) {
      throw new AuthenticationError('user no longer exists');
    }
    return user;
  }

  async #ensureUnique({ username, email }, exceptId) {
    const problems = {};
    if (username !== undefined) {
      const other = await this.users.findByUsername(username);
      if (other && other.id !== exceptId) {
        problems.username = ['has already been taken'];
      }
    }
    if (email !== undefined) {
      const other = await this.users.findByEmail(email);
      if (other && other.id !== exceptId) {
        problems.email = ['has already been taken'];
      }
    }
    if (Object.keys(problems).length > 0) {
      throw invalidFields(problems);
    }
  }

  #view(user) {
    return {
      email: user.email,
      token: this.tokens.issue(user.id),
      username: user.username,
      bio: user.bio,
      image: user.image,
    };
  }
}

/** A concurrent registration that took the name or email first is still a 422. */
function takenOr(error) {
  if (!(error instanceof Conflict)) {
    return error;
  }
  const fields = error.fields.filter((field) => field === 'username' || field === 'email');
  const taken = fields.length > 0 ? fields : ['username or email'];
  return invalidFields(Object.fromEntries(taken.map((field) => [field, ['has already been taken']])));
}
