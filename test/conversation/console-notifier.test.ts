import { createConsoleNotifier } from "../../adapters/console/console-notifier.js";
import { runNotifierContract, type Delivered } from "./notifier-contract.js";

runNotifierContract("console", async () => {
  const lines: string[] = [];
  return {
    notifier: createConsoleNotifier((text) => lines.push(text)),
    channelRef: "johto",
    personRef: "jasen",
    async delivered(): Promise<Delivered[]> {
      return lines.map((text) => ({ ref: /\[→ \w+ (\S+)\]/.exec(text)![1]!, text }));
    },
    async close() {},
  };
});
