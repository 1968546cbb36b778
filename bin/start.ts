/**
 * `npm start`: the composition root (outside src/, which never imports adapters). Reads `.env`, starts the app with every configured adapter, stops cleanly
 * on SIGINT/SIGTERM. With no Slack or Teams credentials it runs the console, the feeds and the scheduler.
 */
import { pino } from "pino";
import { ADAPTERS } from "../adapters/index.js";
import { startApp } from "../src/app.js";
import { ConfigError, loadDotEnv, readConfig } from "../src/config.js";
import { createLogger } from "../src/log.js";

loadDotEnv();
let config;
try {
  config = readConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
// Logs go to stderr so the console's stdout stays a clean conversation.
const log = createLogger(config.logLevel, pino.destination(2));
const app = await startApp({ config, log, adapters: ADAPTERS });

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
