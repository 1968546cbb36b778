/**
 * The whole server over real HTTP with Slack (HTTP mode) and Teams (with an app id) on (issue 16 §4, §6): every
 * route sends the security headers, malformed URLs and bodies get a plain 400 without a stack trace or a path,
 * and Teams refuses an oversize or unauthenticated body before parsing it.
 */
import type { Express } from "express";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADAPTERS } from "../../adapters/index.js";
import { meetings } from "../../db/schema/index.js";
import { startApp, type RunningApp } from "../../src/app.js";
import { ManualClock } from "../../src/clock.js";
import { readConfig } from "../../src/config.js";
import { tempDbPath } from "../support/db.js";

let app: RunningApp;
const base = () => `http://127.0.0.1:${app.port}`;
const LEAKS = /\n\s+at |\/work\/|node_modules|\.ts:\d+|Error:|<pre>/;

beforeAll(async () => {
  const config = readConfig({
    NODE_ENV: "development",
    DATABASE_PATH: tempDbPath("yhdyspinta-hardening-"),
    PORT: "0",
    CONSOLE: "off",
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
    SLACK_API_URL: "http://127.0.0.1:9/api/",
    TEAMS_APP_ID: "00000000-0000-0000-0000-00000000b07a",
    TEAMS_APP_PASSWORD: "not-a-real-secret",
    TEAMS_TENANT_ID: "tenant-1",
  });
  app = await startApp({
    config,
    log: pino({ level: "silent" }),
    adapters: ADAPTERS,
    clock: new ManualClock(Date.parse("2027-06-01T10:00:00Z")),
    host: "127.0.0.1",
    cron: false,
  });
});
afterAll(async () => {
  await app?.close();
});

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every method and path the server routes, the adapters' included (Express 5 keeps them on `app.router`). */
function routesOf(http: Express): { method: string; path: string }[] {
  const found: { method: string; path: string }[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const path of [layer.route.path].flat()) for (const method of Object.keys(layer.route.methods)) found.push({ method, path });
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((http as unknown as { router: { stack: Layer[] } }).router.stack);
  return found;
}

function expectSecurityHeaders(res: Response, what: string): void {
  expect(res.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(res.headers.get("referrer-policy"), what).toBe("no-referrer");
  expect(res.headers.get("content-security-policy"), what).toMatch(/^default-src 'none';.*frame-ancestors 'none'/);
}

describe("security headers", () => {
  it("are sent by every route, whatever it answers", async () => {
    const http = app.server.listeners("request")[0] as unknown as Express;
    const routes = routesOf(http);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(["get /healthz", "get /ical/:file", "get /meetings/:id", "get /annual-clock/:file", "post /api/messages", "post /slack/events"]),
    );
    for (const { method, path } of routes) {
      const url = base() + path.replace(/:[a-z]+/gi, "x");
      const res = await fetch(url, { method: method.toUpperCase(), body: method === "get" ? undefined : "{}" });
      expectSecurityHeaders(res, `${method} ${path} → ${res.status}`);
      await res.arrayBuffer();
    }
  });

  it("are on the HTML and SVG people open: meeting page, minutes, report, annual clock, and on 404s", async () => {
    const meeting = app.db.select().from(meetings).all()[0]!;
    const pages = [
      `/meetings/${meeting.id}/${meeting.pageKey}`,
      `/minutes/${meeting.id}/${meeting.minutesKey}.html`,
      "/reports/2027.html",
      "/annual-clock/2027.svg",
      "/no/such/page",
    ];
    for (const page of pages) {
      const res = await fetch(base() + page);
      expectSecurityHeaders(res, page);
      if (page !== "/no/such/page") expect(res.headers.get("content-type"), page).toMatch(/text\/html|image\/svg\+xml/);
      await res.arrayBuffer();
    }
  });
});

describe("malformed requests", () => {
  it("answer a plain 400 for undecodable URLs, with no stack trace or path, under NODE_ENV=development", async () => {
    for (const path of [
      "/ical/%zz",
      "/ical/%E0%A4%A.ics",
      "/meetings/%zz",
      "/meetings/%zz/%",
      "/minutes/%c0%af/x.html",
      "/invites/%ff%/x.ics",
      "/reports/%%32.html",
    ]) {
      const res = await fetch(base() + path);
      const body = await res.text();
      expect(res.status, path).toBe(400);
      expect(res.headers.get("content-type"), path).toMatch(/^text\/plain/);
      expect(body, path).toBe("Bad request\n");
    }
  });

  it("answer unknown paths with a plain 404 that does not echo the path", async () => {
    const res = await fetch(`${base()}/%3Cscript%3E/..%2f..%2fetc%2fpasswd`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("Not found\n");
  });
});

describe("Teams body before authentication", () => {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  /** A well-formed JWT no Bot Framework key signed. */
  const forged = `Bearer ${b64({ alg: "RS256", typ: "JWT", kid: "x" })}.${b64({ iss: "https://api.botframework.com", aud: "00000000-0000-0000-0000-00000000b07a" })}.c2ln`;
  const post = (url: string, body: string | ReadableStream, headers: Record<string, string> = {}, init: Record<string, unknown> = {}) =>
    fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body, ...init } as RequestInit);

  it("refuses a request without a valid bearer token with 401 before reading the body", async () => {
    for (const authorization of [undefined, "Basic dXNlcjpwYXNz", "Bearer garbage", "Bearer a.b.c d", forged]) {
      // Malformed JSON: a 400 would mean the body was parsed before the token was checked.
      const res = await post(base(), "{not json", authorization ? { authorization } : {});
      expect(res.status, authorization).toBe(401);
      expect(await res.text()).toBe("");
    }
  });

  it("refuses a body declared over 256 kB with 413 before anything else", async () => {
    const big = JSON.stringify({ type: "message", text: "x".repeat(300 * 1024) });
    const declared = await post(base(), big, { authorization: forged });
    expect(declared.status).toBe(413);
    expect(await declared.text()).toBe("Request too large\n");
  });

  describe("once past authentication (an anonymous local endpoint)", () => {
    let local: RunningApp;
    const localBase = () => `http://127.0.0.1:${local.port}`;
    beforeAll(async () => {
      const config = readConfig({
        NODE_ENV: "test",
        DATABASE_PATH: tempDbPath("yhdyspinta-hardening-anon-"),
        PORT: "0",
        CONSOLE: "off",
        TEAMS_ANONYMOUS: "on",
      });
      local = await startApp({
        config,
        log: pino({ level: "silent" }),
        adapters: ADAPTERS,
        clock: new ManualClock(Date.parse("2027-06-01T10:00:00Z")),
        host: "127.0.0.1",
        cron: false,
      });
    });
    afterAll(async () => {
      await local?.close();
    });

    it("caps a streamed body without a declared length at 256 kB with 413", async () => {
      const big = new TextEncoder().encode(JSON.stringify({ type: "message", text: "x".repeat(300 * 1024) }));
      const stream = new ReadableStream({
        start(controller) {
          controller.enqueue(big);
          controller.close();
        },
      });
      const chunked = await post(localBase(), stream, {}, { duplex: "half" });
      expect(chunked.status).toBe(413);
      expect(await chunked.text()).toBe("Request too large\n");
    });

    it("answers malformed JSON and non-object bodies with a plain 400, no stack trace", async () => {
      for (const body of ["{", '{"type":"message",', "[1,2]", '"text"', "\u0000\u0001"]) {
        const res = await post(localBase(), body);
        const text = await res.text();
        expect(res.status, body).toBe(400);
        expect(text, body).toBe("Bad request\n");
        expect(text).not.toMatch(LEAKS);
      }
    });
  });
});
