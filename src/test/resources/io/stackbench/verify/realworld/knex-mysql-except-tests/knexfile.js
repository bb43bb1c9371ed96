require('dotenv').config();

const mysqlConnection = {
  host: process.env.DB_HOST || '127.0.0.1',
  port: Number(process.env.DB_PORT) || 3306,
  user: process.env.DB_USER || 'conduit',
  password: process.env.DB_PASSWORD || 'conduit',
  database: process.env.DB_NAME || 'conduit',
};

module.exports = {
  development: {
    client: 'mysql2',
    connection: mysqlConnection,
    migrations: { directory: './migrations' },
  },

  staging: {
    client: 'mysql2',
    connection: mysqlConnection,
    pool: { min: 2, max: 10 },
    migrations: { directory: './migrations' },
  },

  production: {
    client: 'mysql2',
    connection: process.env.DATABASE_URL,
    pool: { min: 2, max: 20 },
    migrations: { directory: './migrations' },
  },

  test: {
    client: 'sqlite3',
    connection: { filename: ':memory:' },
    useNullAsDefault: true,
    migrations: { directory: './migrations' },
  },
};
