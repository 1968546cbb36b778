/**
 * A small client of THL Sotkanet's open REST API (https://sotkanet.fi/rest/1.1, CC BY 4.0, no key):
 * `GET /regions` (id, code, category, title per language), `GET /indicators/<id>` (metadata) and
 * `GET /json?indicator=<id>&years=<y>&years=<y2>&genders=total` (rows `{indicator, region, year, gender, value}`
 * where `region` is Sotkanet's own region id). Every answer is checked against that shape; anything else, a
 * timeout, a refused connection or a non-2xx status becomes a coded SotkanetError, so callers never write half an
 * answer. Sotkanet refuses requests without a User-Agent (403), so one is always sent.
 */
import { z } from "zod";

export type SotkanetFailure = "unreachable" | "timeout" | "status" | "garbage" | "unknownIndicator";

export class SotkanetError extends Error {
  override name = "SotkanetError";
  constructor(
    readonly code: SotkanetFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

const titles = z.object({ fi: z.string().optional(), sv: z.string().optional(), en: z.string().optional() }).partial();

const region = z.object({ id: z.number().int(), code: z.union([z.string(), z.number()]).transform(String), category: z.string(), title: titles.optional() });
export type SotkanetRegion = z.infer<typeof region>;

const indicatorMeta = z.object({
  id: z.number().int(),
  title: titles.optional(),
  organization: z.object({ id: z.number().optional(), title: titles.optional() }).optional(),
  decimals: z.number().int().optional(),
  range: z.object({ start: z.coerce.number().int(), end: z.coerce.number().int() }).optional(),
});
export type SotkanetIndicator = z.infer<typeof indicatorMeta>;

/** Extra fields (the absolute count where THL publishes one) are allowed and ignored. */
const row = z.object({ indicator: z.number().int(), region: z.number().int(), year: z.number().int(), gender: z.string(), value: z.number() });
export type SotkanetRow = z.infer<typeof row>;

export interface SotkanetClient {
  regions(): Promise<SotkanetRegion[]>;
  indicator(id: number): Promise<SotkanetIndicator>;
  data(id: number, years: number[], gender: string): Promise<SotkanetRow[]>;
}

export interface SotkanetClientOptions {
  /** REST base, e.g. https://sotkanet.fi/rest/1.1 */
  url: string;
  timeoutMs: number;
  userAgent: string;
}

/** @example const rows = await createSotkanetClient({ url, timeoutMs: 30_000, userAgent }).data(5, [2023, 2024], "total"); */
export function createSotkanetClient(options: SotkanetClientOptions): SotkanetClient {
  const base = options.url.replace(/\/+$/, "");
  /** `unknown`: a 404 means Sotkanet has no such indicator (metadata and data both answer so). */
  async function get<T>(path: string, shape: z.ZodType<T>, what: string, unknown?: number): Promise<T> {
    let response: Response;
    let body: string;
    try {
      response = await fetch(`${base}${path}`, {
        headers: { accept: "application/json", "user-agent": options.userAgent },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      body = await response.text();
    } catch (error) {
      const name = (error as Error).name;
      if (name === "TimeoutError" || name === "AbortError")
        throw new SotkanetError("timeout", `Sotkanet did not answer ${what} within ${options.timeoutMs / 1000} s`);
      throw new SotkanetError("unreachable", `Sotkanet could not be reached for ${what}: ${(error as Error).message}`);
    }
    if (response.status === 404 && unknown !== undefined) throw new SotkanetError("unknownIndicator", `Sotkanet has no indicator ${unknown}`, 404);
    if (!response.ok) throw new SotkanetError("status", `Sotkanet answered ${what} with HTTP ${response.status}`, response.status);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new SotkanetError("garbage", `Sotkanet's answer to ${what} is not JSON (${body.length} bytes)`);
    }
    const parsed = shape.safeParse(json);
    if (!parsed.success) throw new SotkanetError("garbage", `Sotkanet's answer to ${what} is not in the expected shape: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }
  return {
    regions: () => get("/regions", z.array(region), "the region list"),
    async indicator(id) {
      const meta = await get(`/indicators/${id}`, indicatorMeta.nullable(), `indicator ${id}`, id);
      if (!meta) throw new SotkanetError("unknownIndicator", `Sotkanet has no indicator ${id}`);
      return meta;
    },
    data(id, years, gender) {
      const query = new URLSearchParams({ indicator: String(id) });
      for (const year of years) query.append("years", String(year));
      query.append("genders", gender);
      return get(`/json?${query}`, z.array(row), `the values of indicator ${id}`, id);
    },
  };
}
