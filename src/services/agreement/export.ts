// PLACEHOLDER — being implemented (canonical YAML export).
import type { Db } from "../../../db/connection.js";
export function exportAgreement(_db: Db): string {
  throw new Error("not implemented yet");
}
