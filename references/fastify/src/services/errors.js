// Domain failures. Services raise them; the web layer decides which status code each becomes.

export class DomainError extends Error {
  constructor(...messages) {
    super(messages.join('; '));
    this.name = new.target.name;
    this.messages = messages.length > 0 ? messages : [this.name];
  }
}

/** Invalid input: a missing or blank field, a taken username, a bad page size. */
export class ValidationError extends DomainError {}

/** No caller, or a caller whose credentials or token do not hold. */
export class AuthenticationError extends DomainError {}

/** The caller may not change this resource. */
export class PermissionDenied extends DomainError {}

/** The resource named in the request does not exist. */
export class NotFound extends DomainError {}
