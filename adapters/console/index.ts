/** The console adapter: a terminal session (when stdin is a TTY or CONSOLE=on) and a Notifier that prints. */
import type { Adapter } from "../../src/adapter.js";
import { createConsoleNotifier } from "./console-notifier.js";
import { startConsoleSession } from "./console-session.js";

export const consoleAdapter: Adapter = {
  name: "console",
  enabled: () => true,
  async start({ core, config, stores }) {
    const interactive = config.console === "on" || (config.console === "auto" && process.stdin.isTTY === true);
    const session = interactive
      ? startConsoleSession({
          core,
          people: stores.people,
          exportDir: config.exportDir,
          input: process.stdin,
          output: process.stdout,
          onQuit: () => process.kill(process.pid, "SIGTERM"),
        })
      : undefined;
    return {
      notifier: createConsoleNotifier((text) => process.stdout.write(text)),
      async close() {
        session?.close();
      },
    };
  },
};
