const authService = require('../services/authService');

exports.login = async (req, res, next) => {
  try {
    const token = await authService.login(req.body.email, req.body.password);
    res.json({ token });
  } catch (err) {
    if (err instanceof authService.InvalidCredentialsError) {
      return res.status(401).json({ error: 'Invalid email or password' });
    }
    next(err);
  }
};

exports.register = async (req, res, next) => {
  try {
    const user = await authService.register(req.body);
    res.status(201).json({ id: user.id, email: user.email });
  } catch (err) {
    next(err);
  }
};
