import { ForeignKeyConstraintError, UniqueConstraintError } from 'sequelize';

/**
 * A write collided with the stored data: a uniqueness rule (a taken username, slug or tag) or a
 * row that a concurrent request removed. Services decide what that means for their use case.
 */
export class Conflict extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'Conflict';
  }
}

/** Runs a write and turns the ORM's constraint errors into a Conflict. */
export async function guarded(write) {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintError || error instanceof ForeignKeyConstraintError) {
      throw new Conflict(error.message, { cause: error });
    }
    throw error;
  }
}
