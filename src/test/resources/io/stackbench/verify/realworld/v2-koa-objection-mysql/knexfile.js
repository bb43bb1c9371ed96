const base = {
  client: 'mysql2',
  migrations: { directory: './migrations' },
  pool: { min: 2, max: 10 },
};

module.exports = {
  development: {
    ...base,
    connection: { host: '127.0.0.1', port: 3306, user: 'gigs', password: 'gigs', database: 'gigs_dev' },
  },
  production: {
    ...base,
    connection: process.env.DATABASE_URL,
  },
};
