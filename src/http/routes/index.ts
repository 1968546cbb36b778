/** The HTTP routes of the core (feeds, pages, health). Chat platforms mount theirs through their adapters. */
import type { Express } from "express";
import type { HttpDeps } from "../server.js";
import { register as health } from "./health.js";
import { register as annualClock } from "./annual-clock.js";
import { register as ical } from "./ical.js";
import { register as invite } from "./invite.js";
import { register as meetingPage } from "./meeting-page.js";
import { register as minutes } from "./minutes.js";
import { register as reports } from "./reports.js";

export type RegisterRoute = (app: Express, deps: HttpDeps) => void;

export const ROUTES: RegisterRoute[] = [health, annualClock, ical, invite, meetingPage, minutes, reports];
