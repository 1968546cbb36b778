/**
 * Extra demo data made on first start after the seed file is imported (e.g. the next twelve months of meetings the
 * cadences call for). Each seeder is given the database and the instant.
 */
import type { Db } from "../../db/connection.js";
import { seedDemoMeetings } from "./demo-meetings.js";

export type Seeder = (db: Db, now: number) => void;

export const SEEDERS: Seeder[] = [seedDemoMeetings];
