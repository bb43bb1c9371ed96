import { Conflict } from '../repositories/errors.js';
import { AuthenticationError, ValidationError } from './errors.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { optionalNullableStrings, optionalStrings, requiredStrings } from './validation.js';
import { userView } from './views.js';

const TAKEN = 'has already been taken';

/** Registration, login, token checks and the current user's account. */
export class UserService {
  constructor(users, tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  async register(input) {
    const { username, email, password } = requiredStrings(input, 'username', 'email', 'password');
    await this.#ensureFree({ username, email });
    const passwordHash = await hashPassword(password);
    const user = await this.#unique({ username, email }, null, () =>
      this.users.create({ username, email, passwordHash }),
    );
    return userView(user, this.tokens.issue(user));
  }

  async login(input) {
    const { email, password } = requiredStrings(input, 'email', 'password');
    const user = await this.users.findByEmail(email);
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throw new AuthenticationError('email or password is invalid');
    }
    return userView(user, this.tokens.issue(user));
  }

  /** The caller a token stands for: {id, token}; AuthenticationError if it stands for nobody. */
  async authenticate(token) {
    const id = this.tokens.userIdOf(token);
    const user = await this.users.findById(id);
    if (!user) throw new AuthenticationError('the token belongs to no user');
    return { id: user.id, token };
  }

  async current(viewer) {
    return userView(await this.#existing(viewer.id), viewer.token);
  }

  async update(viewer, input) {
    const user = await this.#existing(viewer.id);
    const changes = {
      ...optionalStrings(input, 'username', 'email'),
      ...optionalNullableStrings(input, 'bio', 'image'),
    };
    const { password } = optionalStrings(input, 'password');
    await this.#ensureFree(changes, user.id);
    if (password !== undefined) changes.passwordHash = await hashPassword(password);
    const updated = await this.#unique(changes, user.id, () => this.users.update(user, changes));
    // The token names the user's id, which does not change: the caller's token stays valid.
    return userView(updated, viewer.token);
  }

  async #existing(id) {
    const user = await this.users.findById(id);
    if (!user) throw new AuthenticationError('the token belongs to no user');
    return user;
  }

  async #ensureFree({ username, email }, exceptId = null) {
    const taken = await this.users.taken({ username, email }, exceptId);
    const errors = {};
    if (taken.username) errors.username = [TAKEN];
    if (taken.email) errors.email = [TAKEN];
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  }

  /** Runs a write; a concurrent registration that took the name or email first is a 422. */
  async #unique(identity, exceptId, write) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
      await this.#ensureFree(identity, exceptId);
      throw new ValidationError({ username: [TAKEN] });
    }
  }
}
