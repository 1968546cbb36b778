/** The services' side of the free-text rules: a field over its limit is a UserError naming the field in the person's language. */
import { fitsField, type TextField } from "../domain/text-input.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/catalog.js";
import type { Locale } from "../i18n/locale.js";

/**
 * @throws UserError "error.tooLong" with the field's name, the length and the limit.
 * @example requireFits("fi", "place", draft.place) // "Paikka on liian pitkä: 301 merkkiä, enintään 300."
 */
export function requireFits(locale: Locale, field: TextField, text: string | null | undefined): void {
  const fits = fitsField(field, text);
  if (!fits.ok) throw new UserError("error.tooLong", { what: t(locale, `input.field.${field}`), length: fits.length, max: fits.max });
}
