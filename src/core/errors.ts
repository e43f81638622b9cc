/**
 * A mistake the user can fix (a bad policy, a missing secret, a wrong flag). Its message names
 * the field and the fix. Anything that is not a UserError is a bug, and keeps its stack trace.
 */
export class UserError extends Error {
  /** Every problem found, when there were several (e.g. all errors in a policy file). */
  readonly problems: readonly string[];

  constructor(message: string, problems: readonly string[] = []) {
    super(message);
    this.name = 'UserError';
    this.problems = problems;
    // Keeps `instanceof` working after transpilation to older targets.
    Object.setPrototypeOf(this, UserError.prototype);
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
