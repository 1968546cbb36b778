/**
 * The send-time decision for one claimed row (issue 8: "who still has something to do" is decided when sending):
 * resolve the target, drop what is no longer needed (muted, reached through the channel, party already proposed,
 * minutes recorded, measure done) and render the message in the recipient's language.
 */
import type { Db } from "../../../db/connection.js";
import type { Platform } from "../../conversation/input.js";
import type { Notifier, Target } from "../../conversation/notifier.js";
import type { Attachment, Reply } from "../../conversation/reply.js";
import { FORUM_WIDE_KINDS, type ReminderKind } from "../../domain/reminder-kinds.js";
import { isLocale, DEFAULT_LOCALE, type Locale } from "../../i18n/locale.js";
import type { ReminderRow } from "./outbox.js";
import { itemById } from "../agenda/items.js";
import { decisionById } from "../decisions/queries.js";
import { isNoticeKind, parsePayload, type OutboxPayload } from "./payload.js";
import { isMeetingQuorumAtRisk } from "../record/quorum.js";
import { isDutyStillOpen } from "./plan-duties.js";
import { renderReminder } from "./render.js";
import type { ForumRow } from "../forums.js";
import type { MeetingRow } from "../meetings.js";
import { buildMinutesDocument } from "../minutes/document.js";
import { minutesFiles } from "../minutes/files.js";
import { minutesUrl } from "../minutes/urls.js";
import type { TickCache } from "./tick-cache.js";

export type Prepared =
  | { action: "send"; target: Target; message: Reply; bindingId?: number; attach?: () => Promise<Attachment[]> }
  | { action: "skip"; reason: string }
  | { action: "fail"; reason: string };

export interface PrepareEnv {
  db: Db;
  cache: TickCache;
  notifiers: Map<Platform, Notifier>;
  now: number;
  publicUrl: string;
  /** Targets disabled during this tick (`platform:person:ref`). */
  disabled: Set<string>;
  /** Rendered messages by what they depend on: one meeting's reminder to 500 people is rendered once per language. */
  rendered?: Map<string, Reply>;
}

/** Resolves where a row goes; `undefined` target means a reason not to send. */
function resolveTarget(row: ReminderRow, env: PrepareEnv): Prepared | { target: Target; bindingId?: number } {
  if (row.targetKind === "channel") {
    const binding = env.cache.binding(row.targetPlatform ?? "", row.targetRef);
    if (!binding || binding.forumId !== row.forumId) return { action: "skip", reason: "channel no longer bound to the forum" };
    if (binding.disabledAt !== null || env.disabled.has(`${binding.platform}:channel:${binding.channelRef}`))
      return { action: "skip", reason: "channel disabled" };
    if (!env.notifiers.has(binding.platform as Platform)) return { action: "fail", reason: `platform ${binding.platform} is not on` };
    return { target: { platform: binding.platform as Platform, kind: "channel", ref: binding.channelRef }, bindingId: binding.id };
  }
  for (const identity of env.cache.identities(row.targetRef)) {
    const key = `${identity.platform}:person:${identity.externalId}`;
    if (!env.notifiers.has(identity.platform as Platform) || env.disabled.has(key) || env.cache.isDisabled(key)) continue;
    return { target: { platform: identity.platform as Platform, kind: "person", ref: identity.externalId } };
  }
  // Not linked on any platform that is on (e.g. a console-only run): nothing to retry, nothing for admins to fix here.
  return { action: "skip", reason: "no chat account on a platform that is on" };
}

/** Whether a person's copy is still needed; a reason string when it is not. */
function notNeeded(row: ReminderRow, personId: string, env: PrepareEnv): string | undefined {
  const { cache } = env;
  const settings = cache.settings(personId);
  const kind = row.kind as ReminderKind;
  if (settings.muted.has(kind)) return "muted";
  if (FORUM_WIDE_KINDS.has(kind) && settings.delivery === "channel" && row.forumId !== null) {
    const reachable = cache.bindings(row.forumId).some((b) => b.disabledAt === null && env.notifiers.has(b.platform as Platform));
    if (reachable) return "reaches the person through the forum's channel";
  }
  if (!row.meetingId || row.forumId === null) return undefined;
  if (kind === "minutes_due" || kind === "quorum_at_risk") {
    if (cache.forum(row.forumId)?.secretaryId !== personId) return "no longer the forum's secretary";
  } else if (kind !== "minutes_inspection" && !cache.isMember(row.forumId, personId)) return "no longer a member of the forum";
  if (kind === "agenda_deadline") {
    const party = cache.memberParty(row.forumId, personId);
    if (party && cache.proposers(row.meetingId).has(party)) return "the party has proposed";
  }
  if (kind === "minutes_due") {
    const state = cache.minutes(row.meetingId);
    if (state.recorded || state.pendingInspectors.length > 0) return "minutes recorded";
  }
  if (kind === "quorum_at_risk" && !isMeetingQuorumAtRisk(env.db, row.meetingId)) return "quorum not at risk";
  if (kind === "minutes_inspection") {
    const state = cache.minutes(row.meetingId);
    if (state.recorded || !state.pendingInspectors.includes(personId)) return "already approved";
  }
  return undefined;
}

function subjectGone(row: ReminderRow, env: PrepareEnv): string | undefined {
  if (row.kind === "measure_overdue") {
    const id = Number(row.subject.split(":")[1]);
    return env.cache.measureDone(id) ? "measure done" : undefined;
  }
  if (row.kind === "duty_at_risk") {
    const regionId = env.cache.region?.id;
    return regionId && isDutyStillOpen(env.db, regionId, row.subject, row.payload, env.now) ? undefined : "duty met or scheduled";
  }
  if (!row.meetingId) return undefined;
  const meeting = env.cache.meeting(row.meetingId);
  if (!meeting) return "meeting deleted";
  const cancelNotice = row.kind === "change" && row.payload.cancelled === true;
  if (meeting.status === "cancelled" && !cancelNotice) return "meeting cancelled";
  if (meeting.status === "tentative") return "meeting tentative";
  if (row.kind === "agenda_deadline" && (env.cache.deadline(meeting.id) ?? 0) <= env.now) return "deadline passed";
  return undefined;
}

/** A notice rendered from the record when sent needs the record still there. */
function recordGone(payload: OutboxPayload, env: PrepareEnv): string | undefined {
  if (payload.kind === "decision_announced" && !decisionById(env.db, payload.decisionId)) return "decision removed";
  if (payload.kind === "late_proposal" && !itemById(env.db, payload.itemId)) return "agenda item removed";
  return undefined;
}

function hasKeys(value: object): boolean {
  for (const _ in value) return true;
  return false;
}

export function prepareReminder(row: ReminderRow, env: PrepareEnv): Prepared {
  const parsed = parsePayload(row);
  if (!parsed.ok) return { action: "fail", reason: parsed.error };
  // A notice (published agenda, announcement, ...) is the news of a change already made: it goes out as written.
  const notice = isNoticeKind(row.kind);
  const gone = notice ? recordGone(parsed.payload, env) : subjectGone(row, env);
  if (gone) return { action: "skip", reason: gone };
  const person = row.targetKind === "person" ? env.cache.person(row.targetRef) : undefined;
  if (row.targetKind === "person") {
    if (!person) return { action: "skip", reason: "person removed" };
    const reason = notice ? undefined : notNeeded(row, person.id, env);
    if (reason) return { action: "skip", reason };
  }
  const resolved = resolveTarget(row, env);
  if ("action" in resolved) return resolved;
  const region = env.cache.region;
  const regionLocale: Locale = isLocale(region?.defaultLocale) ? region.defaultLocale : DEFAULT_LOCALE;
  const locale: Locale = person && isLocale(person.locale) ? person.locale : regionLocale;
  const meeting = row.meetingId ? env.cache.meeting(row.meetingId) : undefined;
  const forum = row.forumId !== null ? env.cache.forum(row.forumId) : undefined;
  const party =
    typeof row.payload.partyId === "string" ? row.payload.partyId : person && row.forumId !== null ? env.cache.memberParty(row.forumId, person.id) : null;
  const partyName = party ? env.cache.partyName(party, locale) : undefined;
  // How the recipient types a command where the message goes: the platform's form, or bare words.
  const forms = env.notifiers.get(resolved.target.platform)?.commandForms?.(resolved.target);
  const formKey = forms ? `${resolved.target.platform}:${resolved.target.kind}` : "";
  const cacheKey = `${row.kind}|${row.subject}|${row.forumId}|${locale}|${partyName}|${formKey}|${hasKeys(row.payload) ? JSON.stringify(row.payload) : ""}`;
  let message = notice ? undefined : env.rendered?.get(cacheKey);
  if (!message) {
    message = renderReminder({
      db: env.db,
      row,
      payload: parsed.payload,
      locale,
      zone: meeting?.zone ?? region?.zone ?? "Europe/Helsinki",
      now: env.now,
      publicUrl: env.publicUrl,
      meeting,
      forum,
      agendaDeadlineAt: meeting ? env.cache.deadline(meeting.id) : undefined,
      partyName,
      ...(forms ? { forms } : {}),
    });
    if (!notice) env.rendered?.set(cacheKey, message);
  }
  const attach = notice && "attach" in parsed.payload ? parsed.payload.attach : undefined;
  const files = attach === "minutes" && meeting && forum ? () => minutesAttachments(env, meeting, forum, locale) : undefined;
  return { action: "send", target: resolved.target, message, bindingId: resolved.bindingId, ...(files ? { attach: files } : {}) };
}

/** The minutes as they are when the message goes out, in the recipient's language, each file with its address. */
function minutesAttachments(env: PrepareEnv, meeting: MeetingRow, forum: ForumRow, locale: Locale): Promise<Attachment[]> {
  const doc = buildMinutesDocument(env.db, meeting, forum, locale);
  return minutesFiles(doc, `minutes-${meeting.id}`, (format) => minutesUrl(env.publicUrl, meeting, format, locale));
}
