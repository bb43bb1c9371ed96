exports.up = async (knex) => {
  await knex.schema.createTable('tags', (t) => {
    t.increments('id');
    t.string('name').notNullable().unique();
  });
  await knex.schema.createTable('article_tags', (t) => {
    t.integer('article_id').notNullable();
    t.integer('tag_id').notNullable().references('tags.id');
    t.primary(['article_id', 'tag_id']);
  });
};

exports.down = async (knex) => {
  await knex.schema.dropTable('article_tags');
  await knex.schema.dropTable('tags');
};
