// Domain failures. The services know nothing of HTTP: the web layer decides which status code
// each of these becomes.

export class DomainError extends Error {
  constructor(...messages) {
    super(messages.join('; ') || new.target.name);
    this.name = new.target.name;
    this.messages = messages.length > 0 ? messages : [new.target.name];
  }
}

/** Input that breaks a rule: missing or blank fields, values already taken. */
export class ValidationError extends DomainError {}

/** No caller, or a caller whose token or credentials are not valid. */
export class AuthenticationError extends DomainError {}

/** A known caller who may not change the resource. */
export class PermissionError extends DomainError {}

/** The resource does not exist. */
export class NotFoundError extends DomainError {}
