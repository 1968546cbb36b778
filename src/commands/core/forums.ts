/** `forums` lists the region's forums; `forum <CODE>` shows one: members, roles, cadence, legal basis, convener. */
import { reply, type Block } from "../../conversation/reply.js";
import { UserError } from "../../errors.js";
import { localized } from "../../i18n/locale.js";
import { personNames, regionPartyNames } from "../../services/names.js";
import { listChannelBindings } from "../../services/channels.js";
import { listMembers, requireReadableForum, visibleForums } from "../../services/forums.js";
import type { CommandSpec } from "../command.js";
import { pageFooter, pageOf, readPaging } from "../paging.js";
import { wordFor } from "./help.js";

export const forumsCommand: CommandSpec = {
  name: "forums",
  aliases: { fi: ["foorumit"], sv: ["foran", "forumen"] },
  summary: "cmd.forums",
  usage: "usage.forums",
  run(ctx, args) {
    const visible = visibleForums(ctx, ctx.region.id);
    if (visible.length === 0) return reply([{ kind: "text", text: ctx.t("forums.none") }]);
    const { page } = readPaging(args.words);
    return reply([
      { kind: "heading", text: ctx.t("forums.title", { region: localized(ctx.region.names, ctx.locale) }) },
      {
        kind: "list",
        items: pageOf(visible, page).map((f) =>
          ctx.t("forums.item", { code: f.code, name: localized(f.names, ctx.locale), cadence: ctx.t(`cadence.${f.cadence}`) }),
        ),
      },
      ...pageFooter(ctx, { page, total: visible.length, words: [wordFor(forumsCommand, ctx)] }),
    ]);
  },
};

export const forumCommand: CommandSpec = {
  name: "forum",
  aliases: { fi: ["foorumi"], sv: ["forum"] },
  summary: "cmd.forum",
  usage: "usage.forum",
  run(ctx, args) {
    const code = args.words[0] ?? ctx.boundForum?.code;
    if (!code) throw new UserError("error.missingArgument", { what: "FORUM", usage: ctx.t("usage.forum") });
    const forum = requireReadableForum(ctx, ctx.region.id, code);
    const members = listMembers(ctx.db, forum.id);
    // The convener and secretary are usually members: their names are at hand without another query.
    const memberNames = new Map(members.map((m) => [m.person.id, m.person.name]));
    const otherPeople = personNames(ctx.db);
    const personName = (id: string) => memberNames.get(id) ?? otherPeople(id);
    const partyName = regionPartyNames(ctx.db, ctx.region.id, ctx.locale);
    const nameOf = (id: string | null) => (id ? personName(id) : ctx.t("forum.none"));
    const channels = listChannelBindings(ctx.db, forum.id);
    const blocks: Block[] = [
      { kind: "heading", text: `${forum.code} — ${localized(forum.names, ctx.locale)}` },
      {
        kind: "facts",
        facts: [
          { label: ctx.t("forum.kind"), value: ctx.t(`forumKind.${forum.kind}`) },
          { label: ctx.t("forum.cadence"), value: ctx.t(`cadence.${forum.cadence}`) },
          { label: ctx.t("forum.legalBasis"), value: forum.legalBasis ?? ctx.t("forum.none") },
          { label: ctx.t("forum.conveningParty"), value: forum.conveningPartyId ? partyName(forum.conveningPartyId) : ctx.t("forum.none") },
          { label: ctx.t("forum.convener"), value: nameOf(forum.convenerId) },
          { label: ctx.t("forum.secretary"), value: nameOf(forum.secretaryId) },
          { label: ctx.t("forum.visibility"), value: ctx.t(forum.isPublic ? "forum.public" : "forum.private") },
          { label: ctx.t("forum.followsUp"), value: ctx.t(forum.followsUpAgreement ? "yes" : "no") },
        ],
      },
      { kind: "heading", text: ctx.t("forum.members", { count: members.length }) },
      {
        kind: "list",
        items: members.map((m) => {
          const memberParty = m.partyId ?? m.person.partyId;
          return `${m.person.name} (${ctx.t(`memberRole.${m.role}`)})${memberParty ? ` — ${partyName(memberParty)}` : ""}`;
        }),
      },
    ];
    if (channels.length > 0) {
      blocks.push({ kind: "facts", facts: [{ label: ctx.t("forum.channels"), value: channels.map((c) => `${c.platform}:${c.channelRef}`).join(", ") }] });
    }
    return reply(blocks);
  },
};
