/** The reminders job is registered in JOBS and runs on the scheduler's tick (planning included). */
import { describe, expect, it } from "vitest";
import { JOBS } from "../../src/scheduler/jobs.js";
import { startScheduler } from "../../src/scheduler/loop.js";
import { setupReminders } from "./support/world.js";

describe("scheduler", () => {
  it("runs the reminders job on each tick", async () => {
    expect(JOBS.map((j) => j.name)).toContain("reminders");
    const w = setupReminders("2027-01-04T10:00");
    w.bind(w.forum, "CJOHTO");
    w.schedule(w.forum, "2027-03-30T13:00");
    const scheduler = startScheduler(
      w.deps,
      JOBS.filter((j) => j.name === "reminders"),
      { cron: false },
    );
    await scheduler.tick();
    expect(w.slack.to("CJOHTO").map((s) => s.text)[0]).toContain("Kutsu: JOHTO");
    await scheduler.tick();
    expect(w.slack.to("CJOHTO")).toHaveLength(1);
    scheduler.stop();
  });
});
