import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";

describe("logging", () => {
  it("never writes secrets, at the top level or one level down", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger("info", sink);
    log.info(
      { token: "xoxb-secret-1", slack: { botToken: "xoxb-secret-2", signingSecret: "s3cr3t" }, req: { headers: { authorization: "Bearer abc" } } },
      "start",
    );
    const text = lines.join("");
    expect(text).toContain("start");
    for (const secret of ["xoxb-secret-1", "xoxb-secret-2", "s3cr3t", "Bearer abc"]) expect(text).not.toContain(secret);
  });
});
