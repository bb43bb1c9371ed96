const tagRepository = require('../repositories/tags');

async function listTags({ popular }) {
  const tags = popular ? await tagRepository.popularNames(20) : await tagRepository.allNames();
  return { tags };
}

module.exports = { listTags };
