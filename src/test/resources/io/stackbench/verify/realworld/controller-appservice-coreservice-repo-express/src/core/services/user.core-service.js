const bcrypt = require('bcryptjs');
const userRepository = require('../../repositories/user.repository');

class InvalidCredentialsError extends Error {}

async function register({ username, email, password }) {
  const passwordHash = await bcrypt.hash(password, 10);
  return userRepository.create({ username, email, passwordHash });
}

async function authenticate(email, password) {
  const user = await userRepository.findByEmail(email);
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    throw new InvalidCredentialsError();
  }
  return user;
}

module.exports = { InvalidCredentialsError, register, authenticate };
