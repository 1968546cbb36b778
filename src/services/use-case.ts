/**
 * The one small context every use case takes (DESIGN "Use cases and the meeting record"): the store, who acts,
 * when, and in which zone and language. A command's `Context` is one; tests build one with `useCaseOf`.
 * The use case checks its own permissions with it, so no command can forget to.
 */
import type { Db } from "../../db/connection.js";
import type { Locale } from "../i18n/locale.js";
import type { Who } from "./access.js";

export interface UseCase extends Who {
  db: Db;
  now: number;
  zone: string;
  locale: Locale;
}

/** The audit actor of a use case: the person's id (admins acting from the CLI have none). */
export function actorOf(uc: Pick<UseCase, "person" | "isAdmin">): string {
  return uc.person?.id ?? (uc.isAdmin ? "admin" : "unknown");
}
