import fp from 'fastify-plugin';

/**
 * Replaces Fastify's JSON body parser with one that accepts an empty body.
 *
 * By default Fastify rejects `Content-Type: application/json` with an empty body
 * (FST_ERR_CTP_EMPTY_JSON_BODY, 400). Clients of the contract send exactly that on the
 * operations without a request body, POST /articles/:slug/favorite and
 * POST /profiles/:username/follow (and on the DELETEs), so an empty body reads as no body.
 * Anything else goes to Fastify's own parser, which keeps its prototype-poisoning checks;
 * the routes that need a body reject a missing one through their schemas (422).
 */
async function jsonBodies(app) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, body, done);
  });
}

export default fp(jsonBodies, { name: 'conduit-json-bodies', fastify: '5.x' });
