/**
 * Small parsers for configuration values people type by hand. `NODE_ENV=Production`, `prod` and ` production`
 * all mean production (issue 16 §1: a case-sensitive comparison once started an open Teams endpoint).
 */
export type NodeEnv = "production" | "development" | "test";

const NODE_ENVS: Record<string, NodeEnv> = { production: "production", prod: "production", development: "development", dev: "development", test: "test" };

export type ParsedNodeEnv = { ok: true; env: NodeEnv; explicit: boolean } | { ok: false };

/**
 * @example parseNodeEnv("Prod") // { ok: true, env: "production", explicit: true }
 * @example parseNodeEnv(undefined) // { ok: true, env: "development", explicit: false }
 */
export function parseNodeEnv(raw: string | undefined): ParsedNodeEnv {
  const key = raw?.trim().toLowerCase() ?? "";
  if (key === "") return { ok: true, env: "development", explicit: false };
  const env = NODE_ENVS[key];
  return env ? { ok: true, env, explicit: true } : { ok: false };
}

/** An on/off style switch, case-insensitive; `fallback` when unset or blank, undefined when not one of `allowed`. */
export function parseSwitch<T extends string>(raw: string | undefined, fallback: T, allowed: readonly T[]): T | undefined {
  const key = raw?.trim().toLowerCase() ?? "";
  if (key === "") return fallback;
  return allowed.find((a) => a === key);
}
