// PLACEHOLDER — being implemented (agreement validation with line/column/field).
import type { Locale } from "../../i18n/locale.js";
import type { CheckResult } from "./index.js";
export function checkAgreement(_yaml: string, _locale: Locale): CheckResult {
  throw new Error("not implemented yet");
}
