/**
 * Imports an agreement file all or nothing: it is validated fully first, then applied in one transaction with
 * its audit rows. A re-import updates in place: ids, meetings and history stay; what the file dropped is deleted,
 * except what official records hang on (keep-records.ts).
 */
import type { Db } from "../../../db/connection.js";
import { t } from "../../i18n/catalog.js";
import { change } from "../audit.js";
import { findRegion } from "../regions.js";
import { validateAgreement } from "./check.js";
import type { CheckResult, ImportOptions } from "./index.js";
import { recordsAtRisk } from "./keep-records.js";
import { syncAgreement } from "./sync-goals.js";
import { pruneForums, syncForums } from "./sync-forums.js";
import { syncMeetings } from "./sync-meetings.js";
import { pruneRegion, syncParties, syncPeople, syncRegion } from "./sync-region.js";

export function importAgreement(db: Db, yaml: string, { actor, now, locale }: ImportOptions): CheckResult {
  const validated = validateAgreement(yaml, locale);
  if (!validated.ok) return validated;
  const { file, counts, locate } = validated;
  const existing = findRegion(db);
  if (existing && existing.id !== file.region.id) {
    return { ok: false, issues: [locate(["region", "id"], t(locale, "agreement.v.otherRegion", { expected: existing.id }))] };
  }
  // The records check and the writes hold the write lock together, so a decision recorded meanwhile by the bot
  // (another process) cannot slip between them.
  const atRisk = change(
    db,
    actor,
    now,
    (tx, audit) => {
      const refusals = recordsAtRisk(tx, file, locale);
      if (refusals.length > 0) return refusals;
      syncRegion(tx, file, audit);
      syncParties(tx, file, audit);
      syncPeople(tx, file, audit);
      syncAgreement(tx, file, audit);
      syncForums(tx, file, audit);
      pruneForums(tx, file, audit);
      pruneRegion(tx, file, audit);
      syncMeetings(tx, file, audit, actor, now);
      audit({ action: "agreement.import", entity: "region", entityId: file.region.id, after: counts });
      return [];
    },
    { immediate: true },
  );
  if (atRisk.length > 0) return { ok: false, issues: atRisk.map((m) => locate(m.path, m.message)) };
  return { ok: true, counts };
}
