/**
 * Import, part 1: the region, its council terms, parties and people (with their chat ids from the file).
 * Rows keep their ids; chat ids linked at run time (fromFile = false) are left alone.
 */
import { and, eq, notInArray } from "drizzle-orm";
import type { Tx } from "../../../db/connection.js";
import { normalizeStatisticsCode } from "../../domain/statistics-code.js";
import { councilTerms, indicatorObservations, parties, people, personIdentities, regions } from "../../../db/schema/index.js";
import type { Audit } from "../audit.js";
import type { AgreementFile } from "./file-schema.js";
import { auditSync } from "./sync-audit.js";

export function syncRegion(tx: Tx, file: AgreementFile, audit: Audit): void {
  const r = file.region;
  const values = { names: r.names, zone: r.time_zone, defaultLocale: r.default_language, languages: r.languages, settings: r.settings ?? {} };
  const current = tx.select().from(regions).where(eq(regions.id, r.id)).get();
  if (current) tx.update(regions).set(values).where(eq(regions.id, r.id)).run();
  else
    tx.insert(regions)
      .values({ id: r.id, ...values })
      .run();
  auditSync(audit, { entity: "region", entityId: r.id }, current, values);

  const terms = tx.select().from(councilTerms).where(eq(councilTerms.regionId, r.id)).all();
  r.council_terms.forEach((term, position) => {
    const row = terms.find((t) => t.startsOn === term.start);
    const next = { startsOn: term.start, endsOn: term.end, position };
    if (row) tx.update(councilTerms).set(next).where(eq(councilTerms.id, row.id)).run();
    else
      tx.insert(councilTerms)
        .values({ regionId: r.id, ...next })
        .run();
    auditSync(audit, { entity: "council_term", entityId: term.start }, row && { startsOn: row.startsOn, endsOn: row.endsOn, position: row.position }, next);
  });
  for (const row of terms.filter((t) => !r.council_terms.some((c) => c.start === t.startsOn))) {
    tx.delete(councilTerms).where(eq(councilTerms.id, row.id)).run();
    auditSync(audit, { entity: "council_term", entityId: row.startsOn }, { startsOn: row.startsOn, endsOn: row.endsOn }, undefined);
  }
}

export function syncParties(tx: Tx, file: AgreementFile, audit: Audit): void {
  const regionId = file.region.id;
  file.parties.forEach((p, position) => {
    const current = tx.select().from(parties).where(eq(parties.id, p.id)).get();
    const values = {
      kind: p.kind,
      names: p.names,
      shortName: p.short_name ?? null,
      statisticsCode: p.statistics_code === undefined ? null : (normalizeStatisticsCode(p.statistics_code, p.kind) ?? null),
      position,
    };
    if (current) tx.update(parties).set(values).where(eq(parties.id, p.id)).run();
    else
      tx.insert(parties)
        .values({ id: p.id, regionId, ...values })
        .run();
    // Values fetched for another statistics code are not this party's (issue 20).
    if (current && current.statisticsCode !== values.statisticsCode)
      tx.delete(indicatorObservations)
        .where(and(eq(indicatorObservations.partyId, p.id), eq(indicatorObservations.source, "sotkanet")))
        .run();
    auditSync(audit, { entity: "party", entityId: p.id }, current, values);
  });
}

function syncIdentities(tx: Tx, personId: string, wanted: { platform: string; externalId: string }[], audit: Audit): void {
  const fromFile = tx
    .select()
    .from(personIdentities)
    .where(and(eq(personIdentities.personId, personId), eq(personIdentities.fromFile, true)))
    .all();
  for (const row of fromFile.filter((r) => !wanted.some((w) => w.platform === r.platform && w.externalId === r.externalId))) {
    tx.delete(personIdentities).where(eq(personIdentities.id, row.id)).run();
    audit({ action: "person.unlink", entity: "person", entityId: personId, before: { platform: row.platform, externalId: row.externalId } });
  }
  for (const w of wanted) {
    const row = tx
      .select()
      .from(personIdentities)
      .where(and(eq(personIdentities.platform, w.platform), eq(personIdentities.externalId, w.externalId)))
      .get();
    if (row && row.personId === personId && row.fromFile) continue;
    if (row) tx.update(personIdentities).set({ personId, fromFile: true }).where(eq(personIdentities.id, row.id)).run();
    else
      tx.insert(personIdentities)
        .values({ personId, ...w, fromFile: true })
        .run();
    audit({ action: "person.link", entity: "person", entityId: personId, before: row ? { personId: row.personId } : undefined, after: w });
  }
}

export function syncPeople(tx: Tx, file: AgreementFile, audit: Audit): void {
  const regionId = file.region.id;
  file.people.forEach((p, position) => {
    const current = tx.select().from(people).where(eq(people.id, p.id)).get();
    const values = {
      name: p.name,
      email: p.email ?? null,
      partyId: p.party ?? null,
      title: p.title ?? null,
      roles: p.roles,
      // A language the person chose in chat stays unless the file names one.
      locale: p.locale ?? current?.locale ?? null,
      position,
    };
    if (current) tx.update(people).set(values).where(eq(people.id, p.id)).run();
    else
      tx.insert(people)
        .values({ id: p.id, regionId, ...values })
        .run();
    auditSync(audit, { entity: "person", entityId: p.id }, current, values);
    const wanted = (["slack", "teams"] as const).flatMap((platform) => (p[platform] ? [{ platform, externalId: p[platform] }] : []));
    syncIdentities(tx, p.id, wanted, audit);
  });
}

/** Deletes the people and parties the file no longer has (after forums and goals stopped referring to them). */
export function pruneRegion(tx: Tx, file: AgreementFile, audit: Audit): void {
  const regionId = file.region.id;
  const personIds = file.people.map((p) => p.id);
  for (const row of tx
    .select()
    .from(people)
    .where(and(eq(people.regionId, regionId), notInArray(people.id, personIds)))
    .all()) {
    tx.delete(people).where(eq(people.id, row.id)).run();
    auditSync(audit, { entity: "person", entityId: row.id }, row, undefined);
  }
  const partyIds = file.parties.map((p) => p.id);
  for (const row of tx
    .select()
    .from(parties)
    .where(and(eq(parties.regionId, regionId), notInArray(parties.id, partyIds)))
    .all()) {
    tx.delete(parties).where(eq(parties.id, row.id)).run();
    auditSync(audit, { entity: "party", entityId: row.id }, row, undefined);
  }
}
