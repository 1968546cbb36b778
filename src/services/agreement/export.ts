/**
 * Exports the region as a canonical agreement file: fixed key order, defaults left out, no line folding, so
 * export → import → export gives the same bytes.
 */
import { stringify } from "yaml";
import type { Db } from "../../../db/connection.js";
import { toAgreementFile } from "./to-file.js";

const HEADER = [
  "# Yhdyspinta agreement file (exported). Edit and re-import with `npx yhdyspinta import <file>`;",
  "# check first with `npx yhdyspinta check <file>`. Ids and codes are keys: renaming one makes a new thing.",
];

export function exportAgreement(db: Db): string {
  const body = stringify(toAgreementFile(db), { lineWidth: 0, indentSeq: true, aliasDuplicateObjects: false });
  return `${HEADER.join("\n")}\n${body}`;
}
