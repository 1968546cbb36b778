/**
 * The interactive console: a person types the same commands as in chat, acting as a demo person.
 * `:as <person-id>` switches person, `:people` lists them, `:quit` stops the process.
 * A reply with a form asks its fields one by one and submits them to the core.
 */
import { createInterface, type Interface } from "node:readline";
import type { Core } from "../../src/commands/run.js";
import type { Form, FormValues } from "../../src/conversation/form.js";
import { saveAttachments } from "../../src/cli/save-attachments.js";
import { renderFormText, renderReplyWithFiles } from "../../src/conversation/render-text.js";
import type { Reply } from "../../src/conversation/reply.js";
import type { PeopleDirectory } from "../../src/stores/people-directory.js";

export interface ConsoleSessionOptions {
  core: Core;
  /** Who `:as` and `:people` can name. */
  people: PeopleDirectory;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where files a reply carries are written (EXPORT_DIR). */
  exportDir: string;
  /** Called on `:quit`. */
  onQuit?: () => void;
}

export function startConsoleSession(options: ConsoleSessionOptions): Interface {
  const { core, output, people } = options;
  const everyone = people.list();
  let personId = (everyone.find((p) => p.isAdmin) ?? everyone[0])?.id;
  const rl = createInterface({ input: options.input, output, terminal: false });
  const write = (text: string) => output.write(`${text}\n`);
  const prompt = () => output.write(`${personId ? (people.find(personId)?.name ?? personId) : "?"}> `);
  const user = () => ({ platform: "console" as const, id: personId ?? "" });
  const queue: string[] = [];
  let waiting: ((line: string) => void) | undefined;
  const nextLine = () =>
    new Promise<string>((resolve) => {
      if (queue.length) resolve(queue.shift() ?? "");
      else waiting = resolve;
    });

  async function fillForm(form: Form): Promise<void> {
    let current = form;
    const values: FormValues = {};
    for (;;) {
      write(renderFormText(current));
      for (const field of current.fields) {
        if (current.errors && !current.errors[field.name] && values[field.name] !== undefined) continue;
        output.write(`${field.label}${field.required ? " *" : ""}: `);
        const answer = (await nextLine()).trim();
        values[field.name] = field.kind === "multiSelect" ? answer.split(/[,\s]+/).filter(Boolean) : answer || field.value;
      }
      const result = await core.submitForm({ user: user(), formId: current.id, values, context: current.context });
      if (result.ok) return show(result.reply);
      current = result.form;
    }
  }

  async function show(reply: Reply): Promise<void> {
    write(renderReplyWithFiles(reply, saveAttachments(options.exportDir, reply.attachments)));
    if (reply.form) await fillForm(reply.form);
  }

  async function handle(line: string): Promise<void> {
    const text = line.trim();
    if (!text) return;
    if (text === ":quit") return options.onQuit?.();
    if (text === ":people") {
      write(
        people
          .list()
          .map((p) => `${p.id}  ${p.name}${p.isAdmin ? " (admin)" : ""}`)
          .join("\n"),
      );
      return;
    }
    if (text.startsWith(":as ")) {
      const id = text.slice(4).trim();
      if (people.find(id)) personId = id;
      else write(`No person ${id}; type :people to list them.`);
      return;
    }
    await show(await core.handleCommand({ user: user(), text }));
  }

  (async () => {
    write("Yhdyspinta console — type `help`; `:people`, `:as <person>`, `:quit`.");
    prompt();
    for (;;) {
      await handle(await nextLine());
      prompt();
    }
  })().catch((error) => write(`console stopped: ${String(error)}`));
  rl.on("line", (line) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(line);
    } else queue.push(line);
  });
  return rl;
}
