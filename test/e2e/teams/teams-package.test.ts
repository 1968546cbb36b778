/**
 * `npm run teams:package`: the zip holds the filled manifest, fi/sv translations and icons at its root; the manifest
 * and translations validate against the Teams JSON schemas the @microsoft/app-manifest package ships.
 */
import { findCommand } from "../../../src/commands/index.js";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import Ajv04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { readPng } from "../../fixtures/teams/png.js";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const APP_ID = "0b1c2d3e-4f50-4617-8899-aabbccddeeff";
const run = promisify(execFile);
// CommonJS packages seen through NodeNext typings: the class / function is the default export's `default`.
const Ajv04 = ((Ajv04Module as unknown as { default?: typeof Ajv04Module }).default ?? Ajv04Module) as unknown as typeof Ajv04Module.default;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as typeof addFormatsModule.default;

function tsx(env: Record<string, string>, cwd: string) {
  return run(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "manifests/teams/package.ts")], { cwd, env: { PATH: process.env.PATH ?? "", ...env } });
}

function schema(version: string, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/${name}`), "utf8")) as Record<string, unknown>;
}

let files: Record<string, Uint8Array>;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "teams-package-"));
  const output = join(dir, "yhdyspinta-teams.zip");
  const { stdout } = await tsx({ TEAMS_APP_ID: APP_ID, PUBLIC_URL: "https://yhdyspinta.example.fi/", TEAMS_PACKAGE_OUTPUT: output }, dir);
  expect(stdout).toContain(output);
  files = unzipSync(readFileSync(output));
});

describe("Teams app package", () => {
  it("has the manifest, translations and icons at the root", () => {
    expect(Object.keys(files).sort()).toEqual(["color.png", "fi-fi.json", "manifest.json", "outline.png", "sv-se.json"]);
  });

  it("validates against the Teams manifest and localization schemas, placeholders filled", () => {
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!)) as {
      manifestVersion: string;
      id: string;
      bots: { commandLists: { scopes: string[] }[] }[];
      validDomains: string[];
    };
    const version = manifest.manifestVersion;
    expect(Number(version.split(".")[1])).toBeGreaterThanOrEqual(20);
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema(version, "MicrosoftTeams.schema.json"));
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]).toMatchObject({ botId: APP_ID, scopes: ["personal", "team", "groupChat"] });
    expect(manifest.bots[0]!.commandLists.map((l) => l.scopes[0])).toEqual(["personal", "team", "groupChat"]);
    expect(manifest.validDomains).toEqual(["yhdyspinta.example.fi"]);
    expect(strFromU8(files["manifest.json"]!)).not.toContain("{{");

    const localization = ajv.compile(schema(version, "MicrosoftTeams.Localization.schema.json"));
    for (const name of ["fi-fi.json", "sv-se.json"]) {
      const translation = JSON.parse(strFromU8(files[name]!)) as Record<string, string>;
      expect(localization(translation) ? [] : localization.errors).toEqual([]);
    }
    expect(JSON.parse(strFromU8(files["fi-fi.json"]!))["description.short"]).toContain("foorumit");
    expect(JSON.parse(strFromU8(files["sv-se.json"]!))["description.short"]).toContain("möten");
  });

  it("lists the command menu in Finnish and Swedish: each title is that language's word for the same command", () => {
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!)) as { bots: { commandLists: { commands: { title: string }[] }[] }[] };
    for (const [name, locale] of [
      ["fi-fi.json", "fi"],
      ["sv-se.json", "sv"],
    ] as const) {
      const translation = JSON.parse(strFromU8(files[name]!)) as Record<string, string>;
      manifest.bots[0]!.commandLists.forEach((list, l) => {
        list.commands.forEach((command, c) => {
          const title = translation[`bots[0].commandLists[${l}].commands[${c}].title`]!;
          const spec = findCommand(command.title)!;
          expect(findCommand(title), `${name} ${title}`).toBe(spec);
          expect(title, `${name} ${command.title}`).toBe(spec.aliases[locale][0]);
        });
      });
    }
  });

  it("has a 192×192 colour icon and a 32×32 white-on-transparent outline icon", () => {
    const color = readPng(files["color.png"]!);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(files["outline.png"]!);
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    const alphas = [...outline.pixels.filter((_, i) => i % 4 === 3)];
    expect(alphas[0]).toBe(0);
    expect(alphas.some((a) => a === 0) && alphas.some((a) => a === 255)).toBe(true);
    for (let i = 0; i < outline.pixels.length; i += 4) {
      if (outline.pixels[i + 3]! > 0) expect([outline.pixels[i], outline.pixels[i + 1], outline.pixels[i + 2]]).toEqual([255, 255, 255]);
    }
  });

  it("refuses without TEAMS_APP_ID, saying what to set", async () => {
    const dir = mkdtempSync(join(tmpdir(), "teams-package-"));
    const failure = await tsx({ PUBLIC_URL: "https://yhdyspinta.example.fi" }, dir).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("TEAMS_APP_ID is empty");
  });
});
