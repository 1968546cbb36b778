/**
 * A loopback fake of THL Sotkanet's REST API (https://sotkanet.fi/rest/1.1) serving the real payload shapes:
 * `/regions` rows `{id, code, category, title, uri, memberOf}`, `/indicators/<id>` metadata, and `/json` rows
 * `{indicator, region, year, gender, value, "absolute.value"}` with `region` as Sotkanet's own id. As strict as THL:
 * no User-Agent is 403, a missing or malformed `indicator`, `years` or `genders` is 400, an unknown indicator 404,
 * only GET. Modes make it slow, answer 500, answer an HTML page, or cut the JSON short.
 *
 * Region ids 964 (Keski-Pohjanmaan hyvinvointialue, code 18) and 833 (an AVI) are Sotkanet's real ids; the
 * municipalities' ids here are made up, their codes are the official ones.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRegion {
  id: number;
  code: string;
  category: string;
  title: { fi: string; sv?: string; en?: string };
}

export interface FakeValue {
  region: number;
  year: number;
  gender?: "total" | "male" | "female";
  value: number;
  absolute?: number;
}

export type FakeMode = "ok" | "slow" | "error500" | "garbage" | "truncated";

export const REGIONS: FakeRegion[] = [
  { id: 833, code: "1", category: "ALUEHALLINTOVIRASTO", title: { fi: "Etelä-Suomen AVIn alue", sv: "Södra Finlands RFV-område" } },
  { id: 658, code: "200", category: "MAA", title: { fi: "Koko maa", sv: "Hela landet", en: "Whole country" } },
  { id: 1022, code: "246", category: "EUROOPPA", title: { fi: "Suomi", sv: "Finland", en: "Finland" } },
  { id: 964, code: "18", category: "HYVINVOINTIALUE", title: { fi: "Keski-Pohjanmaan hyvinvointialue", sv: "Mellersta Österbottens välfärdsområde" } },
  { id: 966, code: "02", category: "HYVINVOINTIALUE", title: { fi: "Keski-Uudenmaan hyvinvointialue", sv: "Mellersta Nylands välfärdsområde" } },
  // Kainuu's region code is also 18: only the category tells it from the county.
  { id: 498, code: "18", category: "MAAKUNTA", title: { fi: "Kainuu", sv: "Kajanaland" } },
  { id: 496, code: "16", category: "MAAKUNTA", title: { fi: "Keski-Pohjanmaa", sv: "Mellersta Österbotten" } },
  { id: 41, code: "091", category: "KUNTA", title: { fi: "Helsinki", sv: "Helsingfors" } },
  { id: 206, code: "272", category: "KUNTA", title: { fi: "Kokkola", sv: "Karleby" } },
  { id: 186, code: "217", category: "KUNTA", title: { fi: "Kannus", sv: "Kannus" } },
  { id: 195, code: "236", category: "KUNTA", title: { fi: "Kaustinen", sv: "Kaustby" } },
  { id: 321, code: "924", category: "KUNTA", title: { fi: "Veteli", sv: "Vetil" } },
  { id: 260, code: "584", category: "KUNTA", title: { fi: "Perho", sv: "Perho" } },
  { id: 108, code: "074", category: "KUNTA", title: { fi: "Halsua", sv: "Halsua" } },
  { id: 303, code: "849", category: "KUNTA", title: { fi: "Toholampi", sv: "Toholampi" } },
  { id: 230, code: "421", category: "KUNTA", title: { fi: "Lestijärvi", sv: "Lestijärvi" } },
];

export const REGION_ID = { country: 658, county: 964, kokkola: 206, kannus: 186, halsua: 108, kainuu: 498 } as const;

const THL = {
  id: 2,
  title: { fi: "Terveyden ja hyvinvoinnin laitos (THL)", sv: "Institutet för hälsa och välfärd (THL)", en: "Finnish institute for Health and Welfare (THL)" },
};

export const INDICATORS: Record<number, { fi: string; sv: string; en: string }> = {
  5: {
    fi: "Toimeentulotukea saaneet 25 - 64-vuotiaat, % vastaavan ikäisestä väestöstä",
    sv: "25 - 64-åriga mottagare av utkomststöd, % av befolkningen i samma ålder",
    en: "Social assistance recipients aged 25-64, as % of total population of same age",
  },
  1086: {
    fi: "0 - 17-vuotiaat lapset, joista on tehty lastensuojeluilmoitus, % vastaavan ikäisestä väestöstä",
    sv: "0 - 17-åriga barn som anmälts till barnskyddet, % av befolkningen i samma ålder",
    en: "Children aged 0-17 reported to child welfare, % of population of same age",
  },
};

export interface SotkanetFake {
  url: string;
  /** Values served per indicator id; replace or extend them in a test. */
  values: Map<number, FakeValue[]>;
  regions: FakeRegion[];
  /** Every request: path, query and the User-Agent it carried. */
  requests: { path: string; query: URLSearchParams; userAgent: string | undefined }[];
  /** How the next answers behave; `only` limits the mode to paths starting with it. */
  setMode(mode: FakeMode, options?: { only?: string; delayMs?: number }): void;
  close(): Promise<void>;
}

const GENDERS = new Set(["total", "male", "female"]);

export async function startSotkanetFake(): Promise<SotkanetFake> {
  const values = new Map<number, FakeValue[]>();
  const requests: SotkanetFake["requests"] = [];
  let mode: FakeMode = "ok";
  let only = "";
  let delayMs = 2_000;
  const regions = REGIONS.map((r) => ({ ...r }));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const path = url.pathname.replace(/^\/rest\/1\.1/, "");
    const userAgent = req.headers["user-agent"];
    requests.push({ path, query: url.searchParams, userAgent });
    const send = (status: number, body: string, type = "application/json;charset=UTF-8") => {
      res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
      res.end(body);
    };
    if (req.method !== "GET") return send(405, "Method Not Allowed", "text/plain");
    if (!userAgent) return send(403, "<html><body><h1>403 Forbidden</h1></body></html>", "text/html");
    const answer = (): [number, string] => {
      if (path === "/regions") {
        return [200, JSON.stringify(regions.map((r) => ({ ...r, uri: `http://www.yso.fi/onto/kunnat/${r.code}`, memberOf: [] })))];
      }
      const meta = /^\/indicators\/(\d+)$/.exec(path);
      if (meta) {
        const id = Number(meta[1]);
        const title = INDICATORS[id];
        if (!title && !values.has(id)) return [404, ""];
        return [
          200,
          JSON.stringify({
            id,
            "data-updated": "2026-05-09",
            range: { start: 1990, end: 2025 },
            title: title ?? { fi: `Indikaattori ${id}` },
            organization: THL,
            decimals: 1,
            primaryValueType: { code: "PROSENTTI", title: { fi: "Prosentti" } },
          }),
        ];
      }
      if (path === "/json") {
        const indicator = url.searchParams.get("indicator") ?? "";
        const years = url.searchParams.getAll("years");
        const genders = url.searchParams.getAll("genders");
        if (!/^\d+$/.test(indicator)) return [400, "Missing or invalid parameter: indicator"];
        if (years.length === 0 || years.some((y) => !/^\d{4}$/.test(y))) return [400, "Missing or invalid parameter: years"];
        if (genders.length === 0 || genders.some((g) => !GENDERS.has(g))) return [400, "Missing or invalid parameter: genders"];
        const id = Number(indicator);
        if (!INDICATORS[id] && !values.has(id)) return [404, ""];
        const rows = (values.get(id) ?? [])
          .filter((v) => years.includes(String(v.year)) && genders.includes(v.gender ?? "total"))
          .map((v) => ({
            indicator: id,
            region: v.region,
            year: v.year,
            gender: v.gender ?? "total",
            value: v.value,
            ...(v.absolute === undefined ? {} : { "absolute.value": v.absolute }),
          }));
        return [200, JSON.stringify(rows)];
      }
      return [404, ""];
    };
    const [status, body] = answer();
    const affected = mode !== "ok" && path.startsWith(only);
    if (!affected) return send(status, body);
    if (mode === "slow") {
      const timer = setTimeout(() => send(status, body), delayMs);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    if (mode === "error500") return send(500, "<html><body>Internal Server Error</body></html>", "text/html");
    if (mode === "garbage") return send(200, "<!DOCTYPE html><html><body>Huoltokatko / Service break</body></html>", "text/html");
    return send(200, body.slice(0, Math.max(1, Math.floor(body.length / 2))));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/rest/1.1`,
    values,
    regions,
    requests,
    setMode(next, options = {}) {
      mode = next;
      only = options.only ?? "";
      if (options.delayMs !== undefined) delayMs = options.delayMs;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
