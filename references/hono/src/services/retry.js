import { Conflict, MissingReference } from '../repositories/errors.js';
import { NotFound, ValidationError } from './errors.js';

const ATTEMPTS = 3;

/**
 * Runs a writing use case. One whose write collided with a concurrent one (same new slug, tag,
 * favorite or follow) is re-run: each attempt reads afresh, so it sees what the other writer
 * committed. A write that refers to a row deleted meanwhile is a NotFound.
 */
export async function writeWithRetry(useCase) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await useCase();
    } catch (error) {
      if (error instanceof MissingReference) throw new NotFound('a referenced resource no longer exists');
      if (!(error instanceof Conflict)) throw error;
      if (attempt >= ATTEMPTS) {
        throw new ValidationError({ body: ['the request conflicted with a concurrent change'] });
      }
    }
  }
}
