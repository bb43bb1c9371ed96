// Storage failures the services may act on, without knowing the ORM's error classes.
import { ForeignKeyConstraintError, UniqueConstraintError } from 'sequelize';

/** A write collided with an existing row (a unique value already taken). */
export class Conflict extends Error {
  constructor(fields = []) {
    super(`unique value already taken: ${fields.join(', ') || 'unknown'}`);
    this.name = 'Conflict';
    this.fields = fields;
  }
}

/** A write referred to a row that no longer exists (deleted concurrently). */
export class MissingReference extends Error {
  constructor() {
    super('a referenced row no longer exists');
    this.name = 'MissingReference';
  }
}

/** Runs a write and turns constraint violations into the errors above. */
export async function translated(write) {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintError) {
      throw new Conflict(Object.keys(error.fields ?? {}));
    }
    if (error instanceof ForeignKeyConstraintError) {
      throw new MissingReference();
    }
    throw error;
  }
}
