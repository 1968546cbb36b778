/** The pino logger; secrets and tokens are redacted wherever they appear in a logged object. */
import { pino, type Logger } from "pino";

export type { Logger };

const SECRET_KEYS = ["token", "botToken", "appToken", "signingSecret", "appPassword", "password", "authorization"];
/** Secret-looking keys at the top level and one level down ("{ token }" and "{ slack: { botToken } }"). */
const REDACT = [
  ...SECRET_KEYS,
  "*.token",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "*.appPassword",
  "*.password",
  "*.authorization",
  "*.headers.authorization",
  "*.headers['x-slack-signature']",
  "req.headers.authorization",
];

export function createLogger(level = process.env.LOG_LEVEL ?? "info", destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT, censor: "[redacted]" }, base: { app: "yhdyspinta" } }, destination);
}
