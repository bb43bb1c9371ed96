exports.up = (knex) =>
  knex.schema
    .createTable('events', (t) => {
      t.increments('id');
      t.string('title').notNullable();
      t.dateTime('starts_at').notNullable();
    })
    .createTable('tickets', (t) => {
      t.increments('id');
      t.integer('event_id').unsigned().references('events.id');
      t.string('holder_email').notNullable();
      t.string('seat');
    });

exports.down = (knex) => knex.schema.dropTable('tickets').dropTable('events');
