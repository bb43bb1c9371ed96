const episodeRepository = require('../repositories/episodeRepository');

async function homepage() {
  return episodeRepository.latest(12);
}

async function browse(query) {
  const maxMinutes = query.max ? Math.min(Number(query.max), 600) : undefined;
  return episodeRepository.browse({ tag: query.tag?.toLowerCase(), maxMinutes });
}

module.exports = { homepage, browse };
