import { Conflict } from '../repositories/index.js';
import { ValidationError } from './errors.js';

const ATTEMPTS = 3;

/**
 * Re-runs a use case whose write collided with a concurrent one (the same new slug or tag, an
 * article deleted meanwhile). Its transaction was rolled back, so a re-run starts clean and
 * sees the other request's outcome.
 */
export async function retryOnConflict(useCase) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await useCase();
    } catch (error) {
      if (!(error instanceof Conflict)) {
        throw error;
      }
      if (attempt === ATTEMPTS) {
        throw new ValidationError('the request conflicted with a concurrent change');
      }
    }
  }
}
