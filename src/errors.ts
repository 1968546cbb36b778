/**
 * A `UserError` is a refusal or a bad input the person can fix: a message key and its parameters, rendered in the
 * person's language at the edge (src/commands/run.ts). Anything else is a bug: logged, and answered with a
 * reference, never a stack trace.
 */
import type { MessageKey, Params } from "./i18n/catalog.js";

export class UserError extends Error {
  override name = "UserError";
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
