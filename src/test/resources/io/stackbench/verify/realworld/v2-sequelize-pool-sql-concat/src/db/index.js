const { Sequelize } = require('sequelize');
const { Pool } = require('pg');

const url = process.env.DATABASE_URL;

const sequelize = new Sequelize(url, { dialect: 'postgres', logging: false });

// Kept from the pre-Sequelize days; still used for the tag browse query.
const pool = new Pool({ connectionString: url });

module.exports = { sequelize, pool };
