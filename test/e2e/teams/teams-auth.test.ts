/** With an app id configured, the endpoint refuses activities without a valid Bot Framework token and stores nothing. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { conversationTargets, personIdentities } from "../../../db/schema/index.js";
import { activity } from "../../fixtures/teams/fake-connector.js";
import { startTeamsE2e, type TeamsE2e } from "./harness.js";

let t: TeamsE2e;
beforeAll(async () => {
  t = await startTeamsE2e({
    TEAMS_APP_ID: "00000000-0000-0000-0000-00000000b07a",
    TEAMS_APP_PASSWORD: "not-a-real-secret",
    TEAMS_TENANT_ID: "tenant-1",
    TEAMS_APP_TYPE: "SingleTenant",
  });
});
afterAll(async () => {
  await t?.close();
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** A well-formed but unsigned JWT claiming an issuer we do not trust. */
const forged = `${b64({ alg: "RS256", typ: "JWT", kid: "x" })}.${b64({ iss: "https://evil.example", aud: "00000000-0000-0000-0000-00000000b07a", serviceUrl: "https://evil.example" })}.c2lnbmF0dXJl`;

it.each([
  ["no token", {}],
  ["a garbage token", { authorization: "Bearer garbage" }],
  ["a forged token", { authorization: `Bearer ${forged}` }],
])("refuses %s with 401 and stores nothing", async (_name, headers) => {
  for (const fixture of ["installation-update", "channel-message", "personal-message"]) {
    const res = await t.post(activity(fixture, t.vars), headers);
    expect(res.status).toBe(401);
  }
  expect(t.connector.calls).toHaveLength(0);
  expect(t.app.db.select().from(conversationTargets).all()).toHaveLength(0);
  expect(
    t.app.db
      .select()
      .from(personIdentities)
      .all()
      .filter((i) => i.platform === "teams" && !i.fromFile),
  ).toHaveLength(0);
});
