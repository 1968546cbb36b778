/**
 * Confirm before anything is sent (issue 15 point 3): a change with warnings answers with the warnings and a
 * confirm button; the button runs the same command with ` !` at the end, and so does typing it. Nothing is stored
 * or sent before that.
 */
import { reply, type Reply } from "../../conversation/reply.js";
import type { Warning } from "../../services/meeting-warnings.js";
import type { Args } from "../command.js";
import { makeArgs } from "../parse.js";
import type { Context } from "../context.js";
import { warningBlocks } from "./render.js";

export const CONFIRM_MARK = "!";

/** Whether the words end in the confirmation mark, and the arguments without it. */
export function readConfirmation(args: Args): { confirmed: boolean; args: Args } {
  const confirmed = args.words.length > 0 && args.words.at(-1) === CONFIRM_MARK;
  return confirmed ? { confirmed, args: makeArgs(args.text.replace(/\s*!$/, "")) } : { confirmed, args };
}

export function confirmReply(ctx: Context, command: string, warnings: Warning[]): Reply {
  const confirmCommand = `${command} ${CONFIRM_MARK}`;
  return reply([
    { kind: "heading", text: ctx.t("record.confirm.title") },
    ...warningBlocks(ctx, warnings),
    { kind: "text", text: ctx.t("record.confirm.howTo", { command: confirmCommand }) },
    {
      kind: "actions",
      actions: [{ kind: "button", label: ctx.t("record.confirm.button"), command: confirmCommand, style: "primary", settles: true }],
    },
  ]);
}
