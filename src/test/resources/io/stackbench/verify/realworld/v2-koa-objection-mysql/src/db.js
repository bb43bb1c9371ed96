const Knex = require('knex');
const { Model } = require('objection');
const knexfile = require('../knexfile');

const knex = Knex(knexfile[process.env.NODE_ENV || 'development']);
Model.knex(knex);

module.exports = knex;
