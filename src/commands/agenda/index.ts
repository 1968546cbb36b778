/**
 * `agenda` (fi `esityslista`, sv `föredragningslista`): the subcommand word picks the handler; a meeting id (or
 * nothing, in a forum's channel) shows the agenda; nothing elsewhere lists the person's upcoming meetings. Subcommand words exist in English, Finnish and Swedish.
 */
import type { Reply } from "../../conversation/reply.js";
import type { Args, CommandSpec, FormSpec } from "../command.js";
import type { Context } from "../context.js";
import { makeArgs } from "../parse.js";
import { readPaging } from "../paging.js";
import { wordFor } from "../core/help.js";
import { requireMeeting } from "../../services/meetings.js";
import { agendaAddForm, agendaRejectForm } from "./form.js";
import { addSub, editSub, withdrawSub } from "./propose.js";
import { exportSub, publishSub } from "./publish.js";
import { acceptSub, mergeSub, moveSub, orderSub, proposalSub, rejectSub, standingSub } from "./shape.js";
import { overviewSub } from "./overview.js";
import { viewSub } from "./view.js";

type Handler = (ctx: Context, args: Args) => Reply | Promise<Reply>;

/**
 * Subcommand words → handler. No word here may be a top-level command word (`peru`, `siirrä`, `flytta` are the
 * calendar's): Slack's `/agenda <word> …` is routed by `commandTextFor`, which prefers a top-level command.
 */
const SUBCOMMANDS: [string[], Handler][] = [
  [["add", "propose", "lisää", "ehdota", "föreslå", "lägg"], addSub],
  [["edit", "muokkaa", "muuta", "ändra", "redigera"], editSub],
  [["withdraw", "poista", "vedä", "återkalla", "återta"], withdrawSub],
  [["accept", "hyväksy", "godkänn"], acceptSub],
  [["reject", "hylkää", "avslå"], rejectSub],
  [["order", "järjestä", "järjestys", "ordna", "ordning"], orderSub],
  [["merge", "yhdistä", "sammanfoga", "slåihop"], mergeSub],
  [["standing", "vakioasiat", "vakio", "stående"], standingSub],
  [["move", "postpone", "lykkää", "senarelägg", "skjut"], moveSub],
  [["proposal", "päätösesitys", "esitys", "beslutsförslag"], proposalSub],
  [["publish", "julkaise", "publicera"], publishSub],
  [["export", "vie", "tiedosto", "exportera"], exportSub],
  [["show", "näytä", "visa"], viewSub],
];

/** Every subcommand word (for the test that keeps them clear of top-level command words). */
export function subcommandWords(): string[] {
  return SUBCOMMANDS.flatMap(([words]) => words);
}

export function findSubcommand(word: string | undefined): Handler | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  return SUBCOMMANDS.find(([words]) => words.includes(lower))?.[1];
}

export const agendaCommand: CommandSpec = {
  name: "agenda",
  aliases: { fi: ["esityslista"], sv: ["föredragningslista", "dagordning"] },
  summary: "agenda.cmd",
  usage: "agenda.usage",
  run(ctx, args) {
    const handler = findSubcommand(args.words[0]);
    if (handler) return handler(ctx, makeArgs(args.rest(1)));
    // `agenda after JOHTO-2027-3`: the overview's "show more" (paging.ts).
    const paging = readPaging(args.words, { after: true });
    const word = wordFor(agendaCommand, ctx);
    if (paging.after && paging.words.length === 0) return overviewSub(ctx, word, requireMeeting(ctx.db, paging.after));
    if (args.words.length === 0 && !ctx.boundForum) return overviewSub(ctx, word);
    return viewSub(ctx, args);
  },
};

export const AGENDA_FORMS: FormSpec[] = [agendaAddForm, agendaRejectForm];
