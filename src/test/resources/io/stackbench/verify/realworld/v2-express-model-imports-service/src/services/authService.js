const jwt = require('jsonwebtoken');
const userRepository = require('../repositories/userRepository');
const passwordService = require('./passwordService');

class InvalidCredentialsError extends Error {}

async function login(email, password) {
  const user = await userRepository.findByEmail(email.toLowerCase());
  if (!user || !(await passwordService.verifyPassword(password, user.passwordHash))) {
    throw new InvalidCredentialsError();
  }
  return jwt.sign({ sub: user.id, email: user.email }, process.env.JWT_SECRET, { expiresIn: '8h' });
}

function register({ email, fullName, department, password }) {
  return userRepository.create({ email: email.toLowerCase(), fullName, department, password });
}

module.exports = { login, register, InvalidCredentialsError };
