const tagStore = require('../data/tagStore');

async function getTags({ popular = false } = {}) {
  const tags = popular ? await tagStore.popularTagNames(20) : await tagStore.allTagNames();
  return { tags };
}

module.exports = { getTags };
