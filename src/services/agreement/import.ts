// PLACEHOLDER — being implemented (all-or-nothing import).
import type { Db } from "../../../db/connection.js";
import type { CheckResult, ImportOptions } from "./index.js";
export function importAgreement(_db: Db, _yaml: string, _options: ImportOptions): CheckResult {
  throw new Error("not implemented yet");
}
