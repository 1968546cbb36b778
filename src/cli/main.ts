/**
 * The command line (`npx yhdyspinta …`, `npm run cli -- …`) on the database of DATABASE_PATH:
 * check <file> | import <file> | export [file] | backup <file> | say [--as <person>] <command text> |
 * indicators import <file.csv> | indicators fetch.
 * Exit status is non-zero on any error.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../../db/connection.js";
import { systemClock } from "../clock.js";
import { ConfigError, loadDotEnv, readConfig, type Config } from "../config.js";
import { settleCalendarSettings } from "../services/calendar-settings.js";
import { createCore } from "../commands/run.js";
import { renderReplyWithFiles } from "../conversation/render-text.js";
import { t } from "../i18n/catalog.js";
import { matchLocale, type Locale } from "../i18n/locale.js";
import { createLogger } from "../log.js";
import { pino } from "pino";
import { checkAgreement, exportAgreement, formatIssues, importAgreement } from "../services/agreement/index.js";
import { MAX_AGREEMENT_BYTES, tooLargeIssue } from "../services/agreement/check.js";
import { findRegion } from "../services/regions.js";
import { listPeople } from "../services/people.js";
import { demoData } from "./demo-data.js";
import { indicatorsCli } from "./indicators.js";
import { saveAttachments } from "./save-attachments.js";

const USAGE = `Usage: yhdyspinta <command>
  check <file>                      validate an agreement file, change nothing
  import <file>                     import (or re-import) an agreement file, all or nothing
  export [file]                     write the agreement file (stdout when no file)
  backup <file>                     online backup of the database (safe while the bot runs)
  say [--as <person>] <command>     run one chat command as a person (default: the first region admin)
  indicators import <file.csv>      indicator values from CSV (code; year; party; value), all or nothing
  indicators fetch                  fetch the indicators tied to THL Sotkanet now
  demo-data [--national] [--regions N] [--years N]
                                    seed the demo region into an empty database; --national adds ten years of
                                    its history and 21 more regions with theirs (the benches' national dataset)`;

/** Runs the CLI; returns the exit status. Output goes through `out`/`err` so tests can capture it. */
export async function runCli(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  loadDotEnv();
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    err(`Configuration refused, nothing was opened: ${error.message}`);
    return 2;
  }
  const locale: Locale = matchLocale(process.env.LANG) ?? "en";
  const [command, ...rest] = argv;
  const fail = (text: string, status: number): number => {
    err(text);
    return status;
  };
  /** The file's text, or the exit status when it cannot be read (2) or is over the size cap (1, not read at all). */
  const read = (file: string | undefined): string | number => {
    if (!file) return fail(USAGE, 2);
    try {
      const { size } = statSync(file);
      if (size > MAX_AGREEMENT_BYTES) return fail(formatIssues([tooLargeIssue(size, locale)], locale), 1);
      return readFileSync(file, "utf8");
    } catch (error) {
      return fail(`Cannot read ${file}: ${(error as Error).message}`, 2);
    }
  };
  switch (command) {
    case "check": {
      const text = read(rest[0]);
      if (typeof text === "number") return text;
      const result = checkAgreement(text, locale);
      if (!result.ok) return fail(formatIssues(result.issues, locale), 1);
      out(t(locale, "agreement.ok", { ...result.counts }));
      return 0;
    }
    case "import": {
      const text = read(rest[0]);
      if (typeof text === "number") return text;
      const db = openDatabase(config.databasePath);
      try {
        const result = importAgreement(db, text, { actor: "import", now: systemClock.now(), locale });
        if (!result.ok) return fail(formatIssues(result.issues, locale), 1);
        out(t(locale, "agreement.imported", { ...result.counts }));
        return 0;
      } finally {
        db.$client.close();
      }
    }
    case "export": {
      const db = openDatabase(config.databasePath);
      try {
        if (!findRegion(db)) return fail(t(locale, "error.noRegion"), 1);
        const yaml = exportAgreement(db);
        if (rest[0]) writeFileSync(rest[0], yaml);
        else out(yaml.trimEnd());
        return 0;
      } finally {
        db.$client.close();
      }
    }
    case "backup": {
      if (!rest[0]) return fail(USAGE, 2);
      const db = openDatabase(config.databasePath);
      try {
        await db.$client.backup(rest[0]);
        out(`Backup written to ${rest[0]}`);
        return 0;
      } finally {
        db.$client.close();
      }
    }
    case "say": {
      let as: string | undefined;
      if (rest[0] === "--as") {
        as = rest[1];
        rest.splice(0, 2);
      }
      const text = rest.join(" ");
      if (!text) return fail(USAGE, 2);
      const db = openDatabase(config.databasePath);
      try {
        const region = findRegion(db);
        if (!region) return fail(t(locale, "error.noRegion"), 1);
        const people = listPeople(db, region.id);
        const personId = as ?? people.find((p) => p.roles.includes("admin"))?.id ?? people[0]?.id ?? "";
        if (!people.some((p) => p.id === personId)) return fail(`No person "${personId}".`, 1);
        const log = createLogger(config.logLevel, pino.destination(2));
        // Invites the command attaches carry the same UID domain and organizer as the running bot's.
        const calendar = settleCalendarSettings(db, config, systemClock.now());
        if (calendar.ignored)
          log.warn({ uidDomain: calendar.uidDomain, ignored: calendar.ignored }, "CALENDAR_UID_DOMAIN differs from the stored one; UIDs keep it");
        const core = createCore({ db, clock: systemClock, config, log });
        const reply = await core.handleCommand({ user: { platform: "cli", id: personId }, text });
        // A refusal or failure is still printed on stdout (it is the reply), but the exit status tells scripts.
        out(renderReplyWithFiles(reply, saveAttachments(config.exportDir, reply.attachments)));
        return reply.outcome ? 1 : 0;
      } finally {
        db.$client.close();
      }
    }
    case "demo-data":
      return demoData(config, rest, out, err);
    case "indicators":
      return indicatorsCli(config, rest, locale, out, err);
    default:
      err(USAGE);
      return 2;
  }
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
  runCli(
    process.argv.slice(2),
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  ).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
