/** Agreement aggregate: the cooperation agreement, its goals, indicators (with yearly values) and measures. */
import { index, sqliteTable, text, integer, real, uniqueIndex, primaryKey } from "drizzle-orm/sqlite-core";
import { regions, parties, type LocalizedText } from "./region.js";

export const agreements = sqliteTable("agreements", {
  id: integer().primaryKey({ autoIncrement: true }),
  regionId: text()
    .notNull()
    .unique()
    .references(() => regions.id, { onDelete: "cascade" }),
  title: text({ mode: "json" }).$type<LocalizedText>().notNull(),
  termStartsOn: text().notNull(),
  termEndsOn: text(),
  status: text({ enum: ["draft", "approved", "in_force", "ended"] }).notNull(),
  approvedOn: text(),
  principles: text({ mode: "json" }).$type<LocalizedText[]>().notNull().default([]),
});

export const goals = sqliteTable(
  "goals",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    agreementId: integer()
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    code: text().notNull(),
    area: text().notNull(),
    title: text({ mode: "json" }).$type<LocalizedText>().notNull(),
    description: text({ mode: "json" }).$type<LocalizedText>(),
    position: integer().notNull().default(0),
  },
  (t) => [uniqueIndex("goals_agreement_code").on(t.agreementId, t.code)],
);

export const indicators = sqliteTable(
  "indicators",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    goalId: integer()
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    code: text().notNull(),
    name: text({ mode: "json" }).$type<LocalizedText>().notNull(),
    unit: text().notNull(),
    baselineValue: real().notNull(),
    baselineYear: integer().notNull(),
    targetValue: real().notNull(),
    targetYear: integer().notNull(),
    /** "higher" when a bigger value is better, "lower" when smaller is better. */
    direction: text({ enum: ["higher", "lower"] }).notNull(),
    source: text().notNull(),
    /** The THL Sotkanet indicator id its values are fetched from (issue 20); null when typed by hand only. */
    sotkanetId: integer(),
    /** Sotkanet's gender selection: "total" (default), "male" or "female". */
    sotkanetGender: text({ enum: ["total", "male", "female"] })
      .notNull()
      .default("total"),
    position: integer().notNull().default(0),
  },
  (t) => [uniqueIndex("indicators_goal_code").on(t.goalId, t.code)],
);

/** A recorded value of an indicator for a year, for the whole region (partyId null) or one party. */
export const indicatorValues = sqliteTable(
  "indicator_values",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    year: integer().notNull(),
    partyId: text().references(() => parties.id, { onDelete: "cascade" }),
    value: real().notNull(),
    recordedAt: integer().notNull(),
    recordedBy: text(),
  },
  (t) => [uniqueIndex("indicator_values_unique").on(t.indicatorId, t.year, t.partyId)],
);

/**
 * A value that came from outside (THL Sotkanet, an imported CSV file) for one area and year: a party, the whole
 * region ("region") or the whole country ("country", the reference). Values typed by hand stay in indicator_values
 * and are never overwritten by these; the goal view shows both and which counts (issue 20).
 */
export const indicatorObservations = sqliteTable(
  "indicator_observations",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    /** A party id, "region" or "country": part of the unique key (a null party would not be unique in SQLite). */
    area: text().notNull(),
    partyId: text().references(() => parties.id, { onDelete: "cascade" }),
    year: integer().notNull(),
    gender: text().notNull().default("total"),
    value: real().notNull(),
    /** "sotkanet" or "csv". */
    source: text({ enum: ["sotkanet", "csv"] }).notNull(),
    /** UTC ms of the fetch or import that last confirmed the value. */
    fetchedAt: integer().notNull(),
    /** Person id, or "system" for the scheduled fetch. */
    fetchedBy: text().notNull(),
  },
  (t) => [
    uniqueIndex("indicator_observations_key").on(t.indicatorId, t.area, t.year, t.gender, t.source),
    // The goal list reads each indicator's latest two years of its gender, whatever the areas (issue 18).
    index("indicator_observations_by_year").on(t.indicatorId, t.gender, t.year),
  ],
);

export const measures = sqliteTable(
  "measures",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    goalId: integer()
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    code: text().notNull(),
    title: text({ mode: "json" }).$type<LocalizedText>().notNull(),
    resources: text(),
    /** Local date (yyyy-MM-dd). */
    dueOn: text(),
    status: text({ enum: ["open", "in_progress", "done"] })
      .notNull()
      .default("open"),
    doneOn: text(),
    progressNote: text(),
    position: integer().notNull().default(0),
  },
  (t) => [uniqueIndex("measures_goal_code").on(t.goalId, t.code)],
);

export const measureParties = sqliteTable(
  "measure_parties",
  {
    measureId: integer()
      .notNull()
      .references(() => measures.id, { onDelete: "cascade" }),
    partyId: text()
      .notNull()
      .references(() => parties.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.partyId] })],
);
