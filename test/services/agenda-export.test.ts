/** The exported agenda (Markdown and HTML) in Finnish and Swedish, formatted like a municipal agenda. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../src/conversation/reply.js";
import { agendaWorld, type AgendaWorld } from "../support/agenda.js";

let w: AgendaWorld;
const M = "JOHTO-2027-1";
const exportAs = async (person: string, text: string): Promise<Reply> => w.bot.core.handleCommand({ user: { platform: "console", id: person }, text });
const content = (r: Reply) => String(r.attachments?.[0]?.content ?? "");

beforeAll(async () => {
  w = agendaWorld();
  await w.bot.say("jasen", `agenda add ${M} Lasten <liikunta> & harrastukset -- Kuntien yhteinen malli.\n\nToinen kappale. #T3`);
  await w.bot.say("sihteeri", `agenda standing ${M}`);
  await w.bot.say("sihteeri", `agenda proposal ${M} #1 Foorumi hyväksyy mallin.`);
});

describe("agenda export", () => {
  it("gives the secretary a marked draft before publishing and refuses other readers", async () => {
    const draft = await exportAs("sihteeri", `agenda export ${M}`);
    expect(draft.attachments?.[0]?.filename).toBe(`${M}-esityslista.md`);
    expect(content(draft)).toContain("_LUONNOS — ei julkaistu_");
    expect(content(await exportAs("jasen", `agenda export ${M}`))).toBe("");
    expect(await w.bot.say("jasen", `agenda export ${M}`)).toContain("esityslistaa ei ole vielä julkaistu");
    expect(await w.bot.say("sihteeri", `agenda export ${M} pdf`)).toContain("`pdf`");
  });

  it("exports Markdown in Finnish with body, date, place and numbered sections", async () => {
    await w.bot.say("sihteeri", `agenda publish ${M}`);
    const r = await exportAs("jasen", `esityslista vie ${M} md`);
    expect(r.attachments?.[0]).toMatchObject({ filename: `${M}-esityslista-v1.md`, contentType: "text/markdown; charset=utf-8" });
    const md = content(r);
    expect(md).toContain("**ESITYSLISTA**");
    expect(md).toContain("Toimielin: JOHTO (JOHTO)");
    expect(md).toContain("Aika: ke 13.10.2027 klo 13.00–15.00");
    expect(md).toContain("Paikka: Kokkola, valtuustosali");
    expect(md).toContain("## 1 § Kokouksen avaus");
    expect(md).toContain("## 4 § Lasten <liikunta> & harrastukset");
    expect(md).toContain("Tavoitteet: T3");
    expect(md).toContain("**Päätösesitys:** Foorumi hyväksyy mallin.");
    expect(md).toContain("## 5 § Kokouksen päättäminen");
  });

  it("exports Markdown in Swedish with the fixed texts in Swedish", async () => {
    const md = content(await exportAs("svensk", `föredragningslista exportera ${M}`));
    expect(md).toContain("**FÖREDRAGNINGSLISTA**");
    expect(md).toContain("Tid: ons 13.10.2027 kl. 13.00–15.00");
    expect(md).toContain("Plats: Kokkola, valtuustosali");
    expect(md).toContain("## 1 § Mötets öppnande");
    expect(md).toContain("## 3 § Val av protokolljusterare");
    expect(md).toContain("**Beslutsförslag:** Foorumi hyväksyy mallin.");
    expect(md).toContain("Part: Staden");
  });

  it("exports escaped HTML with sections in Finnish and Swedish", async () => {
    const fi = await exportAs("jasen", `agenda export ${M} html`);
    expect(fi.attachments?.[0]).toMatchObject({ filename: `${M}-esityslista-v1.html`, contentType: "text/html; charset=utf-8" });
    const html = content(fi);
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain("<h2>4 § Lasten &lt;liikunta&gt; &amp; harrastukset</h2>");
    expect(html).toContain("<p>Kuntien yhteinen malli.</p>\n<p>Toinen kappale.</p>");
    expect(html).toContain("<strong>Päätösesitys:</strong> Foorumi hyväksyy mallin.");
    expect(html).not.toContain("<liikunta>");
    const sv = content(await exportAs("svensk", `agenda export ${M} html`));
    expect(sv).toContain('<html lang="sv">');
    expect(sv).toContain("<h2>2 § Mötets laglighet och beslutförhet</h2>");
    expect(sv).toContain("<dt>Plats</dt><dd>Kokkola, valtuustosali</dd>");
  });
});
