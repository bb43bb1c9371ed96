const { User } = require('../db/schema');

async function findByEmail(email) {
  return User.findOne({ where: { email } });
}

async function create({ username, email, passwordHash }) {
  return User.create({ username, email, passwordHash });
}

module.exports = { findByEmail, create };
