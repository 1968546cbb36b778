/**
 * The agreement file's shape (DESIGN "The agreement file"), as zod schemas. Keys are snake_case as people write
 * them in YAML; every object is strict, so an unknown (misspelled) field is an error naming the field.
 */
import { z } from "zod";
import { CADENCES, FORUM_KINDS, MEMBER_ROLES, MEETING_STATUSES } from "../../../db/schema/index.js";
import { COLOR_PATTERN } from "../../calendar/colors.js";

const text = (max = 500) => z.string().trim().min(1).max(max);
const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "id")
  .max(64);
/** A calendar date written yyyy-mm-dd; existence is checked later (31.2. is refused with the line). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date");
/** A local date-time in the region's zone, yyyy-mm-ddThh:mm. */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "datetime");
const locale = z.enum(["fi", "sv", "en"]);

/** Text in each language; Finnish is required, the others fall back to it. */
export const localizedText = (max = 500) => z.strictObject({ fi: text(max), sv: text(max).optional(), en: text(max).optional() });

export const councilTermSchema = z.strictObject({ start: isoDate, end: isoDate });

export const regionSchema = z.strictObject({
  id,
  names: localizedText(200),
  time_zone: z.string().min(1).default("Europe/Helsinki"),
  languages: z.array(locale).min(1).default(["fi", "sv", "en"]),
  default_language: locale.default("fi"),
  council_terms: z.array(councilTermSchema).default([]),
  /** Duty rules, horizons and other settings; Finnish defaults apply where absent (src/domain). */
  settings: z.record(z.string(), z.unknown()).optional(),
});

export const PARTY_KINDS = ["wellbeing_county", "municipality", "regional_council", "other"] as const;

/**
 * The official statistics code as THL Sotkanet and Statistics Finland give it: digits, written as text so leading
 * zeros stay ("074" Halsua). A bare YAML number is read as its digits; its width is checked per party kind later.
 */
const statisticsCode = z.preprocess(
  (v) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? String(v) : v),
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, "statisticsCode"),
);

export const partySchema = z.strictObject({
  id,
  kind: z.enum(PARTY_KINDS),
  names: localizedText(200),
  short_name: text(40).optional(),
  statistics_code: statisticsCode.optional(),
});

export const personSchema = z.strictObject({
  id,
  name: text(200),
  email: z.email().optional(),
  party: id.optional(),
  title: text(200).optional(),
  roles: z.array(z.enum(["admin"])).default([]),
  locale: locale.optional(),
  slack: z.string().min(1).optional(),
  teams: z.string().min(1).optional(),
});

export const indicatorSchema = z.strictObject({
  code: id,
  name: localizedText(300),
  unit: text(40),
  baseline: z.strictObject({ value: z.number(), year: z.number().int() }),
  target: z.strictObject({ value: z.number(), year: z.number().int() }),
  direction: z.enum(["higher", "lower"]),
  source: text(300),
  /** THL Sotkanet indicator id (sotkanet.fi/sotkanet/fi/metadata/indicators/<id>): its values are fetched. */
  sotkanet: z.number().int().positive().optional(),
  /** Sotkanet's gender selection for the fetch; only with `sotkanet`. */
  gender: z.enum(["total", "male", "female"]).optional(),
});

export const measureSchema = z.strictObject({
  code: id,
  title: localizedText(500),
  responsible: z.array(id).min(1),
  resources: text(500).optional(),
  due: isoDate.optional(),
  status: z.enum(["open", "in_progress", "done"]).default("open"),
});

export const goalSchema = z.strictObject({
  code: id,
  area: text(80),
  title: localizedText(300),
  description: localizedText(4000).optional(),
  indicators: z.array(indicatorSchema),
  measures: z.array(measureSchema),
});

export const agreementSchema = z.strictObject({
  title: localizedText(300),
  term: z.strictObject({ start: isoDate, end: isoDate.optional() }),
  status: z.enum(["draft", "approved", "in_force", "ended"]),
  approved: isoDate.optional(),
  principles: z.array(localizedText(1000)).default([]),
  goals: z.array(goalSchema),
});

export const memberSchema = z.strictObject({
  person: id,
  role: z.enum(MEMBER_ROLES).default("member"),
  /** The party represented, when not the person's own. */
  party: id.optional(),
});

export const channelSchema = z.strictObject({
  platform: z.enum(["slack", "teams"]),
  channel: z.string().min(1),
});

export const forumSchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9]{1,11}$/, "forumCode"),
  kind: z.enum(FORUM_KINDS),
  names: localizedText(200),
  legal_basis: text(200).optional(),
  cadence: z.enum(CADENCES),
  public: z.boolean().default(true),
  follows_up_agreement: z.boolean().default(false),
  convening_party: id.optional(),
  convener: id.optional(),
  secretary: id.optional(),
  members: z.array(memberSchema).default([]),
  channels: z.array(channelSchema).default([]),
  agenda_deadline_days: z.number().int().min(0).max(90).default(10),
  /** Shared mailbox of the forum: the ORGANIZER of its invites (replies go there). */
  mailbox: z.email().optional(),
  /** Colour of the forum's events in calendars: a CSS3 colour name or #rrggbb. */
  color: z.string().regex(COLOR_PATTERN, "color").optional(),
  default_place: text(500).optional(),
  default_duration_minutes: z
    .number()
    .int()
    .min(15)
    .max(24 * 60)
    .default(120),
  /** Members present (deputies count for their principal) for a quorum; left out: more than half of the members. */
  quorum: z.number().int().min(1).max(500).optional(),
  /** Reminder policy overrides (kinds on/off, days before); defaults per forum kind live in src/domain. */
  reminders: z.record(z.string(), z.unknown()).optional(),
});

export const meetingSchema = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9]{1,11}-\d{4}-\d+$/, "meetingId"),
  forum: z.string(),
  start: localDateTime,
  end: localDateTime,
  place: text(500).optional(),
  online_url: z.url().optional(),
  status: z.enum(MEETING_STATUSES).default("scheduled"),
});

export const agreementFileSchema = z.strictObject({
  version: z.literal(1),
  region: regionSchema,
  parties: z.array(partySchema).min(1),
  people: z.array(personSchema),
  agreement: agreementSchema,
  forums: z.array(forumSchema),
  meetings: z.array(meetingSchema).optional(),
});

export type AgreementFile = z.infer<typeof agreementFileSchema>;
export type AgreementFileInput = z.input<typeof agreementFileSchema>;
