/** The HTTP routes of the core (feeds, pages, health). Chat platforms mount theirs through their adapters. */
import type { Express } from "express";
import type { HttpDeps } from "../server.js";
import { register as health } from "./health.js";

export type RegisterRoute = (app: Express, deps: HttpDeps) => void;

export const ROUTES: RegisterRoute[] = [health];
