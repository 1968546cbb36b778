/** Region aggregate: the region itself, its council terms, its parties and its people with platform identities. */
import { sqliteTable, text, integer, uniqueIndex, index } from "drizzle-orm/sqlite-core";

/** Texts per language, e.g. { fi: "Kokkola", sv: "Karleby" }; Finnish is always present. */
export type LocalizedText = { fi: string; sv?: string; en?: string };

export const regions = sqliteTable("regions", {
  id: text().primaryKey(),
  names: text({ mode: "json" }).$type<LocalizedText>().notNull(),
  zone: text().notNull().default("Europe/Helsinki"),
  defaultLocale: text().notNull().default("fi"),
  languages: text({ mode: "json" }).$type<string[]>().notNull(),
  /** Extra settings from the agreement file (duty rules, horizons); kept as given so export round-trips. */
  settings: text({ mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
});

export const councilTerms = sqliteTable(
  "council_terms",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    regionId: text()
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    /** Local dates (yyyy-MM-dd), inclusive. */
    startsOn: text().notNull(),
    endsOn: text().notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [uniqueIndex("council_terms_region_start").on(t.regionId, t.startsOn)],
);

export const parties = sqliteTable(
  "parties",
  {
    id: text().primaryKey(),
    regionId: text()
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    kind: text({ enum: ["wellbeing_county", "municipality", "regional_council", "other"] }).notNull(),
    names: text({ mode: "json" }).$type<LocalizedText>().notNull(),
    shortName: text(),
    /**
     * The official statistics code (municipality "272", wellbeing services county "18"): how THL Sotkanet and
     * Statistics Finland know the party. Null when the party has none or the file gives none.
     */
    statisticsCode: text(),
    position: integer().notNull().default(0),
  },
  (t) => [index("parties_region").on(t.regionId)],
);

export const people = sqliteTable(
  "people",
  {
    id: text().primaryKey(),
    regionId: text()
      .notNull()
      .references(() => regions.id, { onDelete: "cascade" }),
    name: text().notNull(),
    email: text(),
    partyId: text().references(() => parties.id, { onDelete: "set null" }),
    title: text(),
    /** Region-wide roles, e.g. ["admin"]. Forum roles live in forum_members. */
    roles: text({ mode: "json" }).$type<string[]>().notNull().default([]),
    /** Chosen language; null means "use the platform's locale, else the region's default". */
    locale: text(),
    position: integer().notNull().default(0),
  },
  (t) => [index("people_email").on(t.email)],
);

/** A person's id on a chat platform (Slack user id, Teams AAD object id). */
export const personIdentities = sqliteTable(
  "person_identities",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    personId: text()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    platform: text().notNull(),
    externalId: text().notNull(),
    /** true when it came from the agreement file (exported back); false when linked at run time by e-mail. */
    fromFile: integer({ mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("person_identities_platform_external").on(t.platform, t.externalId)],
);
