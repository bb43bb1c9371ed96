const crypto = require('crypto');
const { User } = require('../models');

const hash = (password) => crypto.createHash('sha256').update(password).digest('hex');

exports.register = async (req, res) => {
  const { username, email, password } = req.body.user;
  const user = await User.create({ username, email, password: hash(password) });
  res.status(201).json({ user: { username: user.username, email: user.email, bio: user.bio, image: user.image } });
};

exports.login = async (req, res) => {
  const { email, password } = req.body.user;
  const user = await User.findOne({ where: { email } });
  if (!user || user.password !== hash(password)) {
    return res.status(422).json({ errors: { 'email or password': ['is invalid'] } });
  }
  return res.json({ user: { username: user.username, email: user.email, bio: user.bio, image: user.image } });
};
