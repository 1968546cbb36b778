/** Renders a Reply or Form as plain text: the console adapter, the CLI's `say`, and log lines use it. */
import type { Form } from "./form.js";
import { assertNever, type Block, type Reply } from "./reply.js";

/** Strips the markdown subset to plain text: **bold** → bold, [label](url) → label <url>. */
export function plainText(markdown: string): string {
  return markdown.replace(/\*\*(.+?)\*\*/g, "$1").replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 <$2>");
}

export function renderBlockText(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `== ${plainText(block.text)} ==`;
    case "text":
      return plainText(block.text);
    case "facts": {
      const width = Math.max(...block.facts.map((f) => f.label.length));
      return block.facts.map((f) => `${f.label.padEnd(width)}  ${plainText(f.value)}`).join("\n");
    }
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${plainText(item)}`).join("\n");
    case "actions":
      return block.actions.map((a) => (a.kind === "button" ? `[${a.label}: ${a.command}]` : `[${a.label}: ${a.url}]`)).join("  ");
    case "image":
      return `[${block.alt}: ${block.url}]`;
    case "divider":
      return "----";
    default:
      return assertNever(block);
  }
}

export function renderFormText(form: Form): string {
  const lines = [`== ${form.title} ==`];
  for (const field of form.fields) {
    const options = field.options ? ` (${field.options.map((o) => o.value).join(" | ")})` : "";
    const error = form.errors?.[field.name] ? `  ! ${form.errors[field.name]}` : "";
    lines.push(`${field.label}${field.required ? " *" : ""}${options}${field.value ? ` = ${field.value}` : ""}${error}`);
  }
  return lines.join("\n");
}

/**
 * A reply whose files were written to disk (console, CLI): the text, then one line per file with the path it was
 * written to (and its link when it has one), so the person can open it.
 */
export function renderReplyWithFiles(reply: Reply, paths: string[]): string {
  const text = renderReplyText({ ...reply, attachments: undefined, form: undefined });
  const files = (reply.attachments ?? []).map((file, i) => `📎 ${paths[i] ?? file.filename}${file.url ? `  ${file.url}` : ""}`);
  return [text, ...files].filter(Boolean).join("\n");
}

export function renderReplyText(reply: Reply): string {
  const parts = reply.blocks.map(renderBlockText);
  for (const file of reply.attachments ?? []) parts.push(`[${file.filename}${file.url ? `: ${file.url}` : ""}]`);
  if (reply.form) parts.push(renderFormText(reply.form));
  return parts.join("\n");
}
