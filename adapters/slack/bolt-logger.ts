/** Bolt's Logger interface over our pino logger, so Bolt's own messages land in the same structured log. */
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../src/log.js";

export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  let name = "bolt";
  // Bolt logs at debug on every request; skip the formatting when pino would drop the line anyway.
  const write =
    (method: "debug" | "info" | "warn" | "error") =>
    (...msg: unknown[]) => {
      if (log.isLevelEnabled(method)) log[method]({ component: name }, msg.map(String).join(" "));
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    setLevel: (l) => (level = l),
    getLevel: () => level,
    setName: (n) => (name = n),
  };
}
