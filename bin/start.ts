/**
 * `npm start`: the composition root (outside src/, which never imports adapters). Reads `.env`, starts the app with every configured adapter, stops cleanly
 * on SIGINT/SIGTERM. With no Slack or Teams credentials it runs the console, the feeds and the scheduler.
 */
import { pino } from "pino";
import { ADAPTERS } from "../adapters/index.js";
import { startApp } from "../src/app.js";
import { type Config, ConfigError, loadDotEnv, readConfig } from "../src/config.js";
import { keepHeapSmall } from "../src/http/idle-memory.js";
import { createLogger } from "../src/log.js";

loadDotEnv();
let config: Config;
try {
  config = readConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration refused, nothing was started: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
// Libraries read NODE_ENV themselves (Express, for one): give them the normalised value, not "Production" or "prod".
process.env.NODE_ENV = config.env;
// Logs go to stderr so the console's stdout stays a clean conversation.
const log = createLogger(config.logLevel, pino.destination(2));
let app: Awaited<ReturnType<typeof startApp>>;
try {
  app = await startApp({ config, log, adapters: ADAPTERS });
} catch (error) {
  // A refused seed file is the operator's to fix: say what, without a stack trace.
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Configuration refused: ${error.message}\n`);
  process.exit(1);
}
// A long-running server: a heap close to its live data from here on (after the start, which it would slow down).
keepHeapSmall();

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "stopping");
  await app.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
