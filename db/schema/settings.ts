/**
 * Installation settings that must not change once chosen, such as the domain of every iCalendar UID
 * (`calendar.uid_domain`, issue 19 point 6): set at first start, then read from here whatever the environment says.
 */
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const settings = sqliteTable("settings", {
  key: text().primaryKey(),
  value: text().notNull(),
  updatedAt: integer().notNull(),
});
