import { ConflictError } from '../repositories/index.js';
import { ValidationError } from './errors.js';

const ATTEMPTS = 3;

/**
 * Runs a use case again when its write collided with a concurrent one (the same new slug);
 * the failed write changed nothing, so a re-run starts clean.
 */
export async function retryOnConflict(useCase) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await useCase();
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      if (attempt >= ATTEMPTS) throw new ValidationError('the request conflicted with a concurrent change');
    }
  }
}
