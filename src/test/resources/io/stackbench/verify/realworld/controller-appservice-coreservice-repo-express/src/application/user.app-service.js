const jwt = require('jsonwebtoken');
const userCore = require('../core/services/user.core-service');

function toUserDto(user) {
  const token = jwt.sign({ id: user.id, username: user.username }, process.env.JWT_SECRET || 'dev-secret', { expiresIn: '7d' });
  return { user: { username: user.username, email: user.email, bio: user.bio, image: user.image, token } };
}

async function registerUser(input) {
  return toUserDto(await userCore.register(input));
}

async function loginUser({ email, password }) {
  return toUserDto(await userCore.authenticate(email, password));
}

module.exports = { registerUser, loginUser, InvalidCredentialsError: userCore.InvalidCredentialsError };
