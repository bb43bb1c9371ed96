import { Conflict } from '../repositories/errors.js';
import { ValidationError } from './errors.js';

const ATTEMPTS = 3;

/**
 * Runs a use case again when its write collided with a concurrent one (same new slug,
 * username or email); its transaction was rolled back, so a new attempt starts clean.
 */
export async function retryOnConflict(useCase, describe = () => 'the request conflicted with a concurrent change') {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await useCase();
    } catch (error) {
      if (!(error instanceof Conflict)) {
        throw error;
      }
      if (attempt >= ATTEMPTS) {
        throw new ValidationError(describe(error));
      }
    }
  }
}
