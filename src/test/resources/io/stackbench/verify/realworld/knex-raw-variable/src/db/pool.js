const { Pool } = require('pg');

// Second connection pool, used for the hand-tuned reporting queries.
const pool = new Pool({ connectionString: process.env.DATABASE_URL || 'postgres://conduit:conduit@localhost:5432/conduit' });

module.exports = pool;
