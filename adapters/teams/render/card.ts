/**
 * A Reply as an Adaptive Card 1.5 (the highest version Teams renders). Every block kind has its element; a new
 * kind fails the typecheck here (assertNever). Buttons are Action.Submit carrying the chat command, links
 * Action.OpenUrl; files are offered as links (bots cannot upload files into channels).
 */
import { assertNever, type Action, type Block, type Reply } from "../../../src/conversation/reply.js";
import { attachmentActions, type FileUrl } from "./attachments.js";
import { cardMarkdown, plainCardText, teamsSafe } from "./markdown.js";
import { actionRow, card, EXECUTE_VERB, SUBMIT_KEY, type AdaptiveCard, type CardElement } from "./types.js";

const text = (value: string, extra: Record<string, unknown> = {}): CardElement => ({
  type: "TextBlock",
  text: cardMarkdown(value),
  wrap: true,
  ...extra,
});

export function renderAction(action: Action): CardElement {
  switch (action.kind) {
    case "button": {
      const submit: CardElement = {
        type: "Action.Submit",
        title: teamsSafe(action.label),
        data: { [SUBMIT_KEY]: "command", command: action.command, ...(action.settles ? { settles: true } : {}) },
        ...(action.style === "primary" ? { style: "positive" } : action.style === "danger" ? { style: "destructive" } : {}),
      };
      if (!action.settles) return submit;
      // A settling button is a Universal Action: its press is an adaptiveCard/action invoke answered with the card's
      // new state (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/overview);
      // a client without Universal Actions uses the Action.Submit fallback.
      const { type: _submit, ...rest } = submit;
      return { type: "Action.Execute", verb: EXECUTE_VERB, ...rest, fallback: submit };
    }
    case "link":
      return { type: "Action.OpenUrl", title: teamsSafe(action.label), url: action.url };
    default:
      return assertNever(action);
  }
}

export function renderBlock(block: Block): CardElement[] {
  switch (block.kind) {
    case "heading":
      return [text(block.text, { size: "Medium", weight: "Bolder" })];
    case "text":
      return [text(block.text)];
    case "facts":
      return [{ type: "FactSet", facts: block.facts.map((f) => ({ title: teamsSafe(f.label), value: cardMarkdown(f.value) })) }];
    case "list":
      return [
        {
          type: "Container",
          items: block.items.map((item, i) => text(`${block.ordered ? `${i + 1}.` : "•"} ${item}`, { spacing: "Small" })),
        },
      ];
    case "actions":
      return [{ type: "ActionSet", actions: actionRow(block.actions.map(renderAction)) }];
    case "image":
      return [{ type: "Image", url: block.url, altText: teamsSafe(block.alt) }];
    case "divider":
      return [{ type: "Container", separator: true, spacing: "Medium", items: [] }];
    default:
      return assertNever(block);
  }
}

/** `fileUrl`: where each file is downloaded (default: its own link); files without one get no button. */
export function renderReplyCard(reply: Reply, fileUrl?: FileUrl): AdaptiveCard {
  const body = reply.blocks.flatMap(renderBlock);
  const fileActions = attachmentActions(reply.attachments ?? [], fileUrl);
  if (fileActions.length) body.push({ type: "ActionSet", actions: actionRow(fileActions) });
  return card(body);
}

/** The notification/preview text Teams shows for the card. */
export function replySummary(reply: Reply): string {
  const first = reply.blocks.find((b) => b.kind === "heading" || b.kind === "text") as { text: string } | undefined;
  return plainCardText(reply.summary ?? first?.text ?? "");
}
