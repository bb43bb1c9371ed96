const shared = {
  client: 'pg',
  migrations: { directory: './db/migrations', tableName: 'knex_migrations' },
};

module.exports = {
  development: {
    ...shared,
    connection: process.env.DATABASE_URL || 'postgres://conduit:conduit@localhost:5432/conduit',
  },
  staging: {
    ...shared,
    connection: process.env.DATABASE_URL,
    pool: { min: 2, max: 10 },
  },
  production: {
    client: 'pg',
    connection: { connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } },
    pool: { min: 2, max: 20 },
    migrations: shared.migrations,
  },
  test: {
    client: 'better-sqlite3',
    connection: { filename: ':memory:' },
    useNullAsDefault: true,
    migrations: shared.migrations,
  },
};
