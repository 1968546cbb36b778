/**
 * Import, part 3: forums (matched by code, so the integer id and its meetings stay), their members and the
 * channel bindings written in the file. Bindings made at run time (fromFile = false) are left alone.
 */
import { and, eq, notInArray } from "drizzle-orm";
import type { Tx } from "../../../db/connection.js";
import { channelBindings, forumMembers, forums } from "../../../db/schema/index.js";
import type { Audit } from "../audit.js";
import type { AgreementFile } from "./file-schema.js";
import { auditSync } from "./sync-audit.js";

type ForumFile = AgreementFile["forums"][number];

function syncMembers(tx: Tx, forumId: number, forum: ForumFile, audit: Audit): void {
  const existing = tx.select().from(forumMembers).where(eq(forumMembers.forumId, forumId)).all();
  forum.members.forEach((m, position) => {
    const current = existing.find((e) => e.personId === m.person);
    const values = { role: m.role, partyId: m.party ?? null, position };
    if (current)
      tx.update(forumMembers)
        .set(values)
        .where(and(eq(forumMembers.forumId, forumId), eq(forumMembers.personId, m.person)))
        .run();
    else
      tx.insert(forumMembers)
        .values({ forumId, personId: m.person, ...values })
        .run();
    auditSync(audit, { entity: "forum_member", entityId: `${forum.code}:${m.person}` }, current, values);
  });
  for (const row of existing.filter((e) => !forum.members.some((m) => m.person === e.personId))) {
    tx.delete(forumMembers)
      .where(and(eq(forumMembers.forumId, forumId), eq(forumMembers.personId, row.personId)))
      .run();
    auditSync(audit, { entity: "forum_member", entityId: `${forum.code}:${row.personId}` }, row, undefined);
  }
}

function syncChannels(tx: Tx, forumId: number, forum: ForumFile, audit: Audit): void {
  const fromFile = tx
    .select()
    .from(channelBindings)
    .where(and(eq(channelBindings.forumId, forumId), eq(channelBindings.fromFile, true)))
    .all();
  for (const row of fromFile.filter((r) => !forum.channels.some((c) => c.platform === r.platform && c.channel === r.channelRef))) {
    tx.delete(channelBindings).where(eq(channelBindings.id, row.id)).run();
    audit({ action: "channel.unbind", entity: "forum", entityId: forum.code, before: { platform: row.platform, channel: row.channelRef } });
  }
  for (const c of forum.channels) {
    const row = tx
      .select()
      .from(channelBindings)
      .where(and(eq(channelBindings.platform, c.platform), eq(channelBindings.channelRef, c.channel)))
      .get();
    if (row && row.forumId === forumId && row.fromFile) continue;
    if (row) tx.update(channelBindings).set({ forumId, fromFile: true }).where(eq(channelBindings.id, row.id)).run();
    else tx.insert(channelBindings).values({ forumId, platform: c.platform, channelRef: c.channel, fromFile: true }).run();
    audit({ action: "channel.bind", entity: "forum", entityId: forum.code, before: row ? { forumId: row.forumId } : undefined, after: c });
  }
}

export function syncForums(tx: Tx, file: AgreementFile, audit: Audit): void {
  const regionId = file.region.id;
  file.forums.forEach((f, position) => {
    const current = tx
      .select()
      .from(forums)
      .where(and(eq(forums.regionId, regionId), eq(forums.code, f.code)))
      .get();
    const values = {
      kind: f.kind,
      names: f.names,
      legalBasis: f.legal_basis ?? null,
      cadence: f.cadence,
      isPublic: f.public,
      followsUpAgreement: f.follows_up_agreement,
      conveningPartyId: f.convening_party ?? null,
      convenerId: f.convener ?? null,
      secretaryId: f.secretary ?? null,
      agendaDeadlineDays: f.agenda_deadline_days,
      mailbox: f.mailbox ?? null,
      color: f.color ?? null,
      defaultPlace: f.default_place ?? null,
      defaultDurationMinutes: f.default_duration_minutes,
      quorum: f.quorum ?? null,
      reminders: f.reminders ?? {},
      position,
    };
    let forumId: number;
    if (current) {
      tx.update(forums).set(values).where(eq(forums.id, current.id)).run();
      forumId = current.id;
    } else
      forumId = tx
        .insert(forums)
        .values({ regionId, code: f.code, ...values })
        .returning({ id: forums.id })
        .get().id;
    auditSync(audit, { entity: "forum", entityId: f.code }, current, values);
    syncMembers(tx, forumId, f, audit);
    syncChannels(tx, forumId, f, audit);
  });
}

/** Deletes forums the file no longer has (their meetings, agendas and bindings go with them). */
export function pruneForums(tx: Tx, file: AgreementFile, audit: Audit): void {
  const codes = file.forums.map((f) => f.code);
  for (const row of tx
    .select()
    .from(forums)
    .where(and(eq(forums.regionId, file.region.id), notInArray(forums.code, codes)))
    .all()) {
    tx.delete(forums).where(eq(forums.id, row.id)).run();
    auditSync(audit, { entity: "forum", entityId: row.code }, row, undefined);
  }
}
