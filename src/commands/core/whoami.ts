/** `whoami`: the person as the bot knows them, their organisation, language and roles. */
import { reply } from "../../conversation/reply.js";
import { formatList } from "../../i18n/format.js";
import { localized } from "../../i18n/locale.js";
import { findParty } from "../../services/parties.js";
import { forumsOfPerson } from "../../services/forums.js";
import type { CommandSpec } from "../command.js";

export const whoamiCommand: CommandSpec = {
  name: "whoami",
  aliases: { fi: ["kukaolen", "minä"], sv: ["vemärjag", "jag"] },
  summary: "cmd.whoami",
  usage: "usage.whoami",
  audience: "anyone",
  run(ctx) {
    const person = ctx.person;
    if (!person) {
      return reply([
        { kind: "text", text: ctx.t("whoami.unknown", { platform: ctx.platform, id: ctx.user.id }) },
        { kind: "text", text: ctx.t("error.notLinked") },
      ]);
    }
    const party = person.partyId ? findParty(ctx.db, person.partyId) : undefined;
    const forums = forumsOfPerson(ctx.db, person.id);
    const roles = [
      ...(ctx.isAdmin ? [ctx.t("whoami.regionAdmin")] : []),
      ...forums.filter((f) => f.secretaryId === person.id).map((f) => `${ctx.t("forum.secretary").toLowerCase()} ${f.code}`),
      ...forums.filter((f) => f.convenerId === person.id).map((f) => `${ctx.t("forum.convener").toLowerCase()} ${f.code}`),
    ];
    return reply([
      { kind: "heading", text: ctx.t("whoami.title", { name: person.name }) },
      {
        kind: "facts",
        facts: [
          { label: ctx.t("whoami.party"), value: party ? localized(party.names, ctx.locale) : "—" },
          { label: ctx.t("whoami.title2"), value: person.title ?? "—" },
          { label: ctx.t("whoami.email"), value: person.email ?? "—" },
          { label: ctx.t("whoami.language"), value: ctx.locale },
          { label: ctx.t("whoami.roles"), value: formatList(roles, ctx.locale) || "—" },
          {
            label: ctx.t("whoami.forums"),
            value:
              formatList(
                forums.map((f) => `${f.code} (${ctx.t(`memberRole.${f.role}` as "memberRole.member")})`),
                ctx.locale,
              ) || "—",
          },
        ],
      },
    ]);
  },
};
