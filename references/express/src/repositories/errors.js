import { UniqueConstraintError } from 'sequelize';

/** A write collided with existing data (a unique username, email or slug). */
export class ConflictError extends Error {
  constructor(fields, cause) {
    super(`already taken: ${fields.join(', ') || 'unique value'}`, { cause });
    this.name = 'ConflictError';
    this.fields = fields;
  }
}

/** Runs a write, turning the ORM's uniqueness violation into a ConflictError. */
export async function guardUnique(write) {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintError) {
      throw new ConflictError(Object.keys(error.fields ?? {}), error);
    }
    throw error;
  }
}
