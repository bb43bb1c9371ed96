// Drives Sequelize 6 (postgres dialect, pg driver) through what a Conduit backend does, so that
// PostgreSQL's statement log holds real Sequelize output. A marker query separates the ORM part
// from the hand-built part (see extract.py). Usage: node sequelize-corpus.js postgres://...
const { Sequelize, DataTypes, Model, Op } = require('sequelize');

async function main() {
  const sequelize = new Sequelize(process.argv[2], { logging: false });
  class User extends Model {}
  User.init({
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    username: { type: DataTypes.TEXT, allowNull: false, unique: true },
    email: { type: DataTypes.TEXT, allowNull: false, unique: true },
    passwordHash: { type: DataTypes.TEXT, allowNull: false },
    bio: DataTypes.TEXT, image: DataTypes.TEXT,
  }, { sequelize, modelName: 'User', tableName: 'users' });
  class Follow extends Model {}
  Follow.init({
    followerId: { type: DataTypes.INTEGER, primaryKey: true },
    followeeId: { type: DataTypes.INTEGER, primaryKey: true },
  }, { sequelize, modelName: 'Follow', tableName: 'follows', timestamps: false });
  class Article extends Model {}
  Article.init({
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    slug: { type: DataTypes.TEXT, allowNull: false, unique: true },
    title: DataTypes.TEXT, description: DataTypes.TEXT, body: DataTypes.TEXT,
    authorId: { type: DataTypes.INTEGER, allowNull: false },
  }, { sequelize, modelName: 'Article', tableName: 'articles', indexes: [{ fields: ['createdAt', 'id'] }] });
  class Tag extends Model {}
  Tag.init({ id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    name: { type: DataTypes.TEXT, unique: true } }, { sequelize, modelName: 'Tag', tableName: 'tags', timestamps: false });
  class ArticleTag extends Model {}
  ArticleTag.init({ articleId: { type: DataTypes.INTEGER, primaryKey: true }, tagId: { type: DataTypes.INTEGER, primaryKey: true } },
    { sequelize, modelName: 'ArticleTag', tableName: 'article_tags', timestamps: false });
  class Favorite extends Model {}
  Favorite.init({ userId: { type: DataTypes.INTEGER, primaryKey: true }, articleId: { type: DataTypes.INTEGER, primaryKey: true } },
    { sequelize, modelName: 'Favorite', tableName: 'favorites', timestamps: false });
  class Comment extends Model {}
  Comment.init({ id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true }, body: DataTypes.TEXT,
    articleId: DataTypes.INTEGER, authorId: DataTypes.INTEGER }, { sequelize, modelName: 'Comment', tableName: 'comments' });
  const cascade = { onDelete: 'CASCADE' };
  Follow.belongsTo(User, { as: 'follower', foreignKey: 'followerId', ...cascade });
  Follow.belongsTo(User, { as: 'followee', foreignKey: 'followeeId', ...cascade });
  Article.belongsTo(User, { as: 'author', foreignKey: 'authorId', ...cascade });
  Article.belongsToMany(Tag, { as: 'tags', through: ArticleTag, foreignKey: 'articleId', otherKey: 'tagId', ...cascade });
  Tag.belongsToMany(Article, { as: 'articles', through: ArticleTag, foreignKey: 'tagId', otherKey: 'articleId', ...cascade });
  Article.hasMany(ArticleTag, { as: 'tagLinks', foreignKey: 'articleId' });
  ArticleTag.belongsTo(Tag, { as: 'tag', foreignKey: 'tagId' });
  Article.hasMany(Favorite, { as: 'favorites', foreignKey: 'articleId', ...cascade });
  Favorite.belongsTo(User, { as: 'user', foreignKey: 'userId', ...cascade });
  Article.hasMany(Comment, { as: 'comments', foreignKey: 'articleId', ...cascade });
  Comment.belongsTo(User, { as: 'author', foreignKey: 'authorId', ...cascade });
  User.belongsToMany(User, { as: 'followers', through: Follow, foreignKey: 'followeeId', otherKey: 'followerId' });

  await sequelize.authenticate();
  await sequelize.sync({ force: true });
  const details = () => [{ model: User, as: 'author' }, { model: Tag, as: 'tags', attributes: ['name'], through: { attributes: [] } }];

  const jake = await User.create({ username: 'jake', email: 'jake@x.io', passwordHash: 'h', bio: null, image: null });
  const jane = await User.create({ username: 'jane', email: 'jane@x.io', passwordHash: 'h' });
  await User.findOne({ where: { email: 'jake@x.io' } });
  await User.findOne({ where: { username: 'jane' } });
  await User.findByPk(jake.id);
  await User.findAll({ where: { [Op.or]: [{ username: 'jake' }, { email: 'x@y' }], id: { [Op.ne]: jane.id } }, attributes: ['username', 'email'] });
  await jake.update({ bio: 'I work', image: 'http://i' });
  await User.update({ bio: 'b' }, { where: { id: jane.id } });
  await Follow.bulkCreate([{ followerId: jake.id, followeeId: jane.id }], { ignoreDuplicates: true });
  await Follow.count({ where: { followerId: jake.id, followeeId: jane.id } });
  await Follow.findAll({ where: { followerId: jake.id, followeeId: { [Op.in]: [jane.id, 7, 8] } }, attributes: ['followeeId'] });
  await Follow.findAll({ where: { followerId: jake.id }, attributes: ['followeeId'], raw: true });
  await jane.getFollowers();

  for (const [i, tags] of [[1, ['dragons', 'training']], [2, ['dragons']], [3, []]]) {
    await sequelize.transaction(async (transaction) => {
      const a = await Article.create({ slug: `how-${i}`, title: `How ${i}`, description: 'd', body: 'b', authorId: i === 2 ? jane.id : jake.id }, { transaction });
      if (tags.length) {
        await Tag.bulkCreate(tags.map((name) => ({ name })), { ignoreDuplicates: true, transaction });
        const found = await Tag.findAll({ where: { name: { [Op.in]: tags } }, transaction });
        await ArticleTag.bulkCreate(found.map((t) => ({ articleId: a.id, tagId: t.id })), { ignoreDuplicates: true, transaction });
      }
    });
  }
  const a1 = await Article.findOne({ where: { slug: 'how-1' }, include: details() });
  await Article.findByPk(a1.id, { include: details() });
  await Article.count({ where: { slug: 'how-1', id: { [Op.ne]: a1.id } } });
  await a1.setTags(await Tag.findAll({ where: { name: 'dragons' } }));
  await a1.getTags();
  await a1.update({ title: 'New title', slug: 'new-title' });
  await Article.update({ body: 'x' }, { where: { id: a1.id } });
  await Article.findAll({ where: { id: { [Op.in]: [1, 2, 3] } }, include: details() });
  await Article.findAll({ include: details(), order: [['createdAt', 'DESC'], ['id', 'DESC']], limit: 20, offset: 0 });
  await Article.findAll({ where: { [Op.and]: [{ authorId: jake.id }, { id: { [Op.in]: [1, 2] } }] }, include: details(), order: [['createdAt', 'DESC'], ['id', 'DESC']], limit: 10, offset: 5 });
  const filters = () => [
    { association: 'author', attributes: [], where: { username: 'jake' }, required: true },
    { association: 'tagLinks', attributes: [], required: true, include: [{ association: 'tag', attributes: [], where: { name: 'dragons' }, required: true }] },
    { association: 'favorites', attributes: [], required: true, include: [{ association: 'user', attributes: [], where: { username: 'jane' }, required: true }] },
  ];
  await Article.count({ include: filters(), distinct: true, col: 'id' });
  await Article.findAll({ include: filters(), attributes: ['id'], order: [['createdAt', 'DESC'], ['id', 'DESC']], limit: 20, offset: 0, subQuery: false, raw: true });
  await Article.findAndCountAll({ include: filters(), order: [['createdAt', 'DESC']], limit: 20, offset: 0, subQuery: false, distinct: true, col: 'id' });
  await Article.findAndCountAll({ include: details(), limit: 2, offset: 0, distinct: true });
  await ArticleTag.findAll({ attributes: ['tagId'], group: ['tagId'] });
  await Tag.findAll({ where: { id: { [Op.in]: [1, 2] } }, attributes: ['name'], order: [['name', 'ASC']] });
  await ArticleTag.findAll({ where: { articleId: { [Op.in]: [1, 2] } }, include: [{ model: Tag, as: 'tag', attributes: ['name'] }], order: [['tagId', 'ASC']] });
  await Tag.findOne({ where: { name: 'dragons' }, attributes: ['id'] });
  await Favorite.bulkCreate([{ userId: jane.id, articleId: a1.id }], { ignoreDuplicates: true });
  await Favorite.count({ where: { articleId: { [Op.in]: [1, 2] } }, group: ['articleId'] });
  await Favorite.findAll({ attributes: ['articleId'], where: { userId: jane.id, articleId: { [Op.in]: [1, 2] } }, raw: true });
  await Favorite.findOrCreate({ where: { userId: jake.id, articleId: a1.id } });
  await Favorite.destroy({ where: { userId: jane.id, articleId: a1.id } });
  const c = await Comment.create({ body: 'nice', articleId: a1.id, authorId: jane.id });
  await Comment.findAll({ where: { articleId: a1.id }, include: [{ model: User, as: 'author' }], order: [['createdAt', 'ASC'], ['id', 'ASC']] });
  await Comment.findOne({ where: { id: c.id, articleId: a1.id } });
  await c.destroy();
  await Article.max('id');
  await Article.findAll({ attributes: ['authorId', [sequelize.fn('COUNT', sequelize.col('id')), 'n']], group: ['authorId'] });
  await Follow.destroy({ where: { followerId: jake.id, followeeId: jane.id } });
  const a3 = await Article.findOne({ where: { slug: 'how-3' } });
  await sequelize.transaction(async (transaction) => {
    const mine = { where: { articleId: a3.id }, transaction };
    await Comment.destroy(mine);
    await Favorite.destroy(mine);
    await ArticleTag.destroy(mine);
    await a3.destroy({ transaction });
  });
  await Article.destroy({ where: { id: 999 } });

  // Everything below is hand-built: SQL text written by the application.
  await sequelize.query('SELECT 1 AS corpus_marker_hand_built');
  const slug = 'how-2';
  await sequelize.query("SELECT * FROM articles WHERE slug = '" + slug + "'");
  await sequelize.query('SELECT * FROM articles WHERE slug = $1', { bind: [slug] });
  await sequelize.query('SELECT id, title FROM articles WHERE slug = :slug', { replacements: { slug } });
  await sequelize.query(`SELECT a.id, a.title, u.username FROM articles a JOIN users u ON u.id = a."authorId" WHERE u.username = 'jane' ORDER BY a."createdAt" DESC LIMIT 20 OFFSET 0`);
  await sequelize.query(`SELECT COUNT(*) FROM favorites WHERE "articleId" = ${a1.id}`);
  await sequelize.query(`UPDATE articles SET title = 'T' WHERE slug = 'how-2'`);
  await sequelize.query(`DELETE FROM comments WHERE id = 42`);
  await sequelize.query(`INSERT INTO tags (name) VALUES ('raw') ON CONFLICT DO NOTHING`);
  await sequelize.query(`select name from tags order by name`);
  await sequelize.query(`SELECT t.name FROM tags t JOIN article_tags at ON at."tagId" = t.id GROUP BY t.name`);
  await sequelize.query(`SELECT "id", "title" FROM articles WHERE "slug" = 'how-2'`);
  await sequelize.close();
}

main().catch((e) => { console.error(e); process.exit(1); });
