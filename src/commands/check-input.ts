/**
 * The core's first look at what anyone types, before a command or form runs (issue 16 §5): line ends normalised,
 * a control character (terminal escapes, BEL, bidi overrides) refused with its code point and position, and
 * anything longer than the longest field refused. Field limits are the services' (src/services/text-limits.ts).
 */
import type { FormValues } from "../conversation/form.js";
import { findForbiddenCharacter, normalizeLineBreaks, TEXT_LIMITS } from "../domain/text-input.js";
import type { Translate } from "../i18n/catalog.js";

export type CheckedInput<T> = { ok: true; value: T } | { ok: false; message: string };

/** One typed text: normalised, or the refusal in the person's language. */
export function checkText(text: string, t: Translate): CheckedInput<string> {
  const value = normalizeLineBreaks(text);
  const bad = findForbiddenCharacter(value);
  if (bad) return { ok: false, message: t("input.forbiddenCharacter", { char: bad.label, position: bad.index + 1 }) };
  if (value.length > TEXT_LIMITS.input) {
    return { ok: false, message: t("error.tooLong", { what: t("input.field.input"), length: value.length, max: TEXT_LIMITS.input }) };
  }
  return { ok: true, value };
}

/** Every value of a submitted form, the same way; the first refusal wins. */
export function checkFormValues(values: FormValues, t: Translate): CheckedInput<FormValues> {
  const out: FormValues = {};
  for (const [name, raw] of Object.entries(values)) {
    if (raw === undefined) continue;
    const list = Array.isArray(raw) ? raw : [raw];
    const checked: string[] = [];
    for (const item of list) {
      const result = checkText(item, t);
      if (!result.ok) return result;
      checked.push(result.value);
    }
    out[name] = Array.isArray(raw) ? checked : checked[0];
  }
  return { ok: true, value: out };
}
