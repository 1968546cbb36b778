/**
 * The one HTTP server. No global body parser: Slack's signature check needs the raw body, Teams parses JSON on its
 * own route. Routes are small files in ./routes, each exporting `register(app, deps)`.
 */
import express, { type Express } from "express";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "../../db/connection.js";
import type { Config } from "../config.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import { handleErrors, notFound } from "./error-handler.js";
import { idleMemoryReducer, type IdleMemoryOptions } from "./idle-memory.js";
import { ROUTES } from "./routes/index.js";
import { securityHeaders } from "./security-headers.js";

export interface HttpDeps {
  db: Db;
  config: Config;
  clock: Clock;
  log: Logger;
  /** Collect garbage once the server is quiet after a burst (default on; the soak bench compares with it off). */
  idleMemory?: IdleMemoryOptions | false;
}

/** The logger of each app, for the error handler `listen` mounts after every route (the adapters' included). */
const LOGGERS = new WeakMap<Express, Logger>();

export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  LOGGERS.set(app, deps.log);
  app.use(securityHeaders());
  if (deps.idleMemory !== false) app.use(idleMemoryReducer({ log: deps.log, ...deps.idleMemory }));
  app.disable("x-powered-by");
  // Trust forwarding headers only from a reverse proxy on this host or the local network, never from anyone.
  app.set("trust proxy", "loopback, linklocal, uniquelocal");
  for (const register of ROUTES) register(app, deps);
  return app;
}

/** Mounts the plain 404 and error handlers last (adapters add their routes after `createHttpApp`), then listens. */
export function listen(app: Express, port: number, host?: string): Promise<Server> {
  const log = LOGGERS.get(app);
  if (log) {
    LOGGERS.delete(app);
    app.use(notFound());
    app.use(handleErrors(log));
  }
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host ?? "0.0.0.0", (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}
