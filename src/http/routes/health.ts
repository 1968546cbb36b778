/** GET /healthz: the process is up and the database answers. */
import type { Express } from "express";
import type { HttpDeps } from "../server.js";

export function register(app: Express, deps: HttpDeps): void {
  app.get("/healthz", (_req, res) => {
    deps.db.$client.prepare("select 1").get();
    res.json({ ok: true });
  });
}
