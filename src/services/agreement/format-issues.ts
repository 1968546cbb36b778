import { t } from "../../i18n/catalog.js";
import type { Locale } from "../../i18n/locale.js";
import type { ValidationIssue } from "./index.js";

export function formatIssues(issues: ValidationIssue[], locale: Locale): string {
  return [
    t(locale, "agreement.errors", { count: issues.length }),
    ...issues.map((i) => t(locale, "agreement.error", { line: i.line, column: i.column, field: i.field, message: i.message })),
  ].join("\n");
}
