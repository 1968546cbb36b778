/**
 * Turns zod's issues about the agreement file into messages in the person's language, each with the path it
 * concerns (an unknown field points at the field's own key).
 */
import type { z } from "zod";
import { t, type MessageKey } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";
import { agreementFileSchema } from "./file-schema.js";
import { valueAt, type Path } from "./yaml-positions.js";

export interface LocatedMessage {
  path: Path;
  /** Point at the key of the last path step instead of its value. */
  atKey?: boolean;
  message: string;
}

type ZodIssue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** The schema that describes `path` (unwrapping optional, default and arrays). */
function schemaAt(path: Path): AnySchema | undefined {
  let schema: AnySchema | undefined = agreementFileSchema;
  const unwrap = (s: AnySchema): AnySchema => {
    const def = s._zod.def as { type: string; innerType?: AnySchema };
    return (def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType ? unwrap(def.innerType) : s;
  };
  for (const step of path) {
    if (!schema) return undefined;
    const def = unwrap(schema)._zod.def as { type: string; element?: AnySchema; shape?: Record<string, AnySchema> };
    if (typeof step === "number") schema = def.type === "array" ? def.element : undefined;
    else schema = def.type === "object" ? def.shape?.[String(step)] : undefined;
  }
  return schema ? unwrap(schema) : undefined;
}

function allowedKeys(path: Path): string[] {
  const def = schemaAt(path)?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

function typeName(value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return t(locale, "type.null");
  if (Array.isArray(value)) return t(locale, "type.array");
  const kind = typeof value;
  if (kind === "string" || kind === "number" || kind === "boolean" || kind === "object") return t(locale, `type.${kind}` as MessageKey);
  return t(locale, "type.unknown");
}

function expectedName(expected: string, locale: Locale): string {
  if (expected === "int") return t(locale, "type.integer");
  if (["string", "number", "boolean", "array", "object"].includes(expected)) return t(locale, `type.${expected}` as MessageKey);
  return expected;
}

const FORMATS: Record<string, MessageKey> = {
  id: "agreement.format.id",
  forumCode: "agreement.format.forumCode",
  statisticsCode: "agreement.format.statisticsCode",
  meetingId: "agreement.format.meetingId",
  email: "agreement.format.email",
  url: "agreement.format.url",
  color: "agreement.format.color",
};

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

function messageOf(issue: ZodIssue, data: unknown, locale: Locale): string {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return t(locale, "agreement.v.required");
      return t(locale, "agreement.v.wrongType", { expected: expectedName(issue.expected, locale), received: typeName(value, locale) });
    case "invalid_value":
      return t(locale, "agreement.v.enum", { value: show(value), expected: issue.values.map(show).join(", ") });
    case "invalid_format": {
      if (issue.message === "date") return t(locale, "agreement.v.date", { value: show(value) });
      if (issue.message === "datetime") return t(locale, "agreement.v.datetime", { value: show(value) });
      const format = FORMATS[issue.message] ?? FORMATS[issue.format];
      if (format) return t(locale, "agreement.v.format", { value: show(value), expected: t(locale, format) });
      return t(locale, "agreement.v.invalid", { detail: issue.format });
    }
    case "too_small":
      if (issue.origin === "string") return t(locale, "agreement.v.tooShort");
      if (issue.origin === "array") return t(locale, "agreement.v.tooFew", { min: Number(issue.minimum) });
      return t(locale, "agreement.v.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t(locale, "agreement.v.tooLong", { max: Number(issue.maximum) });
      return t(locale, "agreement.v.tooBig", { max: Number(issue.maximum) });
    default:
      return t(locale, "agreement.v.invalid", { detail: issue.message });
  }
}

export function zodMessages(issues: readonly ZodIssue[], data: unknown, locale: Locale): LocatedMessage[] {
  return issues.flatMap((issue): LocatedMessage[] => {
    if (issue.code === "unrecognized_keys") {
      const expected = allowedKeys(issue.path).join(", ");
      return issue.keys.map((key) => ({
        path: [...issue.path, key],
        atKey: true,
        message: t(locale, "agreement.v.unknownField", { expected }),
      }));
    }
    return [{ path: issue.path, message: messageOf(issue, data, locale) }];
  });
}
