// Domain errors: the routes turn them into 422, 401, 403 and 404 responses.

export class DomainError extends Error {
  /** `errors` maps a field (or "body") to its messages, as the contract's GenericErrorModel. */
  constructor(message, errors = { body: [message] }) {
    super(message);
    this.name = new.target.name;
    this.errors = errors;
  }
}

export class ValidationError extends DomainError {}

export class AuthenticationError extends DomainError {}

export class PermissionDenied extends DomainError {}

export class NotFound extends DomainError {}

/** A ValidationError for field problems, e.g. { username: ["can't be blank"] }. */
export function invalidFields(problems) {
  const fields = Object.keys(problems);
  return new ValidationError(`invalid ${fields.join(', ')}`, problems);
}
