import { UniqueConstraintError } from 'sequelize';

/** A write collided with existing data (a taken username, email or slug, a concurrent insert). */
export class Conflict extends Error {
  constructor(message, fields = []) {
    super(message);
    this.name = 'Conflict';
    this.fields = fields;
  }
}

/** Runs a write and turns the ORM's uniqueness violation into a Conflict. */
export async function guarded(write) {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintError) {
      throw new Conflict('unique constraint violated', Object.keys(error.fields ?? {}));
    }
    throw error;
  }
}
