exports.up = (knex) => knex.schema
  .createTable('users', (t) => {
    t.increments('id');
    t.string('username').notNullable().unique();
    t.string('email').notNullable().unique();
    t.string('password_hash').notNullable();
  })
  .createTable('articles', (t) => {
    t.increments('id');
    t.string('slug').notNullable().unique();
    t.string('title').notNullable();
    t.text('description');
    t.text('body');
    t.integer('author_id').unsigned().references('users.id').onDelete('CASCADE');
    t.timestamps(true, true);
  });

exports.down = (knex) => knex.schema.dropTable('articles').dropTable('users');
