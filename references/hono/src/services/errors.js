// Domain failures. Nothing here knows about HTTP: the routes decide which status each becomes.

export class DomainError extends Error {
  constructor(message) {
    super(message);
    this.name = new.target.name;
  }
}

/** Invalid input; errors maps a field to its messages, e.g. {title: ["can't be blank"]}. */
export class ValidationError extends DomainError {
  constructor(errors) {
    super('invalid input');
    this.errors = errors;
  }
}

/** Missing, invalid or expired credentials. */
export class AuthenticationError extends DomainError {}

/** The caller is known but may not change this resource. */
export class PermissionDenied extends DomainError {}

export class NotFound extends DomainError {}
