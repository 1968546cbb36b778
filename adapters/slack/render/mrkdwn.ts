/**
 * The Reply markdown subset in Slack's mrkdwn: **bold** → *bold*, _italic_ and `code` stay, [label](url) →
 * <url|label>. The characters &, < and > are escaped as Slack asks
 * (https://docs.slack.dev/messaging/formatting-message-text#escaping).
 */
export function toMrkdwn(markdown: string): string {
  // Most lines have nothing to convert; every regex pass below costs, and a help text has dozens of lines.
  if (!MARKUP.test(markdown)) return markdown;
  const links: string[] = [];
  const withoutLinks = markdown.includes("](")
    ? markdown.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_whole, label: string, url: string) => {
        links.push(`<${escapeUrl(url)}|${escapeText(label).replace(/\|/g, "¦")}>`);
        return `\u0000${links.length - 1}\u0000`;
      })
    : markdown;
  const escaped = escapeText(withoutLinks);
  const bold = escaped.includes("**") ? escaped.replace(/\*\*(.+?)\*\*/g, "*$1*") : escaped;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL brackets the link placeholders; people's text cannot contain it
  return links.length ? bold.replace(/\u0000(\d+)\u0000/g, (_whole, i: string) => links[Number(i)]!) : bold;
}

/** Anything toMrkdwn changes: a link, bold, or a character Slack wants escaped. */
const MARKUP = /\]\(|\*\*|[&<>]/;
/** Anything toPlain changes: a link, bold or code. */
const PLAIN_MARKUP = /\]\(|\*\*|`/;

/** Plain text for Slack's plain_text objects: the markdown markers removed, links as "label (url)". */
export function toPlain(markdown: string): string {
  if (!PLAIN_MARKUP.test(markdown)) return markdown;
  return markdown
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1 ($2)")
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/`([^`]+)`/g, "$1");
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

function escapeUrl(url: string): string {
  return url.replace(/>/g, "%3E").replace(/\|/g, "%7C");
}

/** Cuts a text to at most `max` characters, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
