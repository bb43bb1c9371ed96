const bcrypt = require('bcryptjs');

const ROUNDS = Number(process.env.BCRYPT_ROUNDS || 12);

async function hashPassword(plain) {
  if (!plain || plain.length < 10) {
    throw new Error('Password must be at least 10 characters');
  }
  return bcrypt.hash(plain, ROUNDS);
}

function verifyPassword(plain, hash) {
  return bcrypt.compare(plain, hash);
}

module.exports = { hashPassword, verifyPassword };
