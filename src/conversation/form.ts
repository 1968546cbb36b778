/**
 * A neutral form: Slack shows it as a modal, Teams as an Adaptive Card with inputs, the console as prompts.
 * The core validates a submission and answers with field errors (shown beside the fields) or a Reply.
 */
import type { Reply } from "./reply.js";

export interface Option {
  value: string;
  label: string;
}

export type FieldKind = "text" | "longText" | "date" | "time" | "select" | "multiSelect";

export interface Field {
  kind: FieldKind;
  name: string;
  label: string;
  required?: boolean;
  /** Initial value: ISO date (yyyy-MM-dd) for date fields, HH:mm for time fields, values joined by "," for multi-select. */
  value?: string;
  placeholder?: string;
  maxLength?: number;
  options?: Option[];
}

export interface Form {
  /** Which form this is (e.g. "schedule"); the submission names it so the core knows the handler. */
  id: string;
  title: string;
  /**
   * The title where space is short (Slack's modal title holds 24 characters): a short verb and the id the form is
   * about, e.g. "Päätös JOHTO-2026-1", so cutting never loses the meeting id.
   */
  shortTitle?: string;
  submitLabel: string;
  fields: Field[];
  /** Hidden values carried through the round trip (e.g. the meeting id). */
  context?: Record<string, string>;
  /** Field name -> message in the person's language; set when a submission is shown again with errors. */
  errors?: Record<string, string>;
}

export type FormValues = Record<string, string | string[] | undefined>;

export type FormResult = { ok: true; reply: Reply } | { ok: false; errors: Record<string, string>; form: Form };
