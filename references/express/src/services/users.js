import { ConflictError } from '../repositories/index.js';
import { AuthenticationError, ValidationError } from './errors.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { optionalFields, requiredFields } from './validation.js';
import { userView } from './views.js';

export class UserService {
  constructor({ users, tokens }) {
    this.users = users;
    this.tokens = tokens;
  }

  async register(data) {
    const { username, email, password } = requiredFields(data, 'username', 'email', 'password');
    await this.ensureUnique({ username, email });
    const passwordHash = await hashPassword(password);
    const user = await this.users.create({ username, email, passwordHash }).catch(takenAsInvalid);
    return this.view(user);
  }

  async login(data) {
    const { email, password } = requiredFields(data, 'email', 'password');
    const user = await this.users.findByEmail(email);
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throw new AuthenticationError('email or password is invalid');
    }
    return this.view(user);
  }

  /** The id of the user a token names, if that user still exists. */
  async authenticate(token) {
    const id = this.tokens.userId(token);
    if (!(await this.users.findById(id))) throw new AuthenticationError('user no longer exists');
    return id;
  }

  async current(userId) {
    return this.view(await this.existing(userId));
  }

  async update(userId, data) {
    const user = await this.existing(userId);
    const { password, ...changes } = optionalFields(data, ['email', 'username', 'password', 'bio', 'image'], {
      nullable: ['bio', 'image'],
    });
    await this.ensureUnique({ username: changes.username, email: changes.email }, user.id);
    if (password !== undefined) changes.passwordHash = await hashPassword(password);
    const updated = Object.keys(changes).length > 0 ? await this.users.update(user.id, changes).catch(takenAsInvalid) : user;
    if (!updated) throw new AuthenticationError('user no longer exists');
    return this.view(updated);
  }

  async existing(userId) {
    const user = await this.users.findById(userId);
    if (!user) throw new AuthenticationError('user no longer exists');
    return user;
  }

  async ensureUnique({ username, email }, exceptId = null) {
    const problems = [];
    if (username !== undefined) {
      const other = await this.users.findByUsername(username);
      if (other && other.id !== exceptId) problems.push('username has already been taken');
    }
    if (email !== undefined) {
      const other = await this.users.findByEmail(email);
      if (other && other.id !== exceptId) problems.push('email has already been taken');
    }
    if (problems.length > 0) throw new ValidationError(...problems);
  }

  view(user) {
    return userView(user, this.tokens.issue(user.id));
  }
}

/** A concurrent registration took the name or email between the check and the write. */
function takenAsInvalid(error) {
  if (error instanceof ConflictError) throw new ValidationError('username or email has already been taken');
  throw error;
}
