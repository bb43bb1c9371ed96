const { Op } = require('sequelize');
const User = require('../models/user');

module.exports = {
  findByEmail: (email) => User.findOne({ where: { email } }),
  search: (term) => User.findAll({
    where: { fullName: { [Op.like]: `%${term}%` } },
    attributes: ['id', 'email', 'fullName', 'department'],
    order: [['fullName', 'ASC']],
  }),
  create: (data) => User.create(data),
};
