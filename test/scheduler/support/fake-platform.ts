/** A loopback fake chat platform: records every posted message (target ref and summary) and answers 200. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  ref: string;
  summary: string;
  /** Attached files, by name and size. */
  files?: { filename: string; bytes: number }[];
}

export interface FakePlatform {
  url: string;
  received: Received[];
  /** Called for each message before the answer; return false to leave the request hanging (a crash mid-send). */
  onReceive?: (message: Received, count: number) => boolean | undefined;
  /** The next `count` messages are answered with `status` (a temporary 503, say) and not recorded as received. */
  failNext(status: number, count: number): void;
  close(): Promise<void>;
}

export async function startFakePlatform(): Promise<FakePlatform> {
  const failures: number[] = [];
  const fake: FakePlatform = {
    url: "",
    received: [],
    failNext: (status, count) => failures.push(...Array<number>(count).fill(status)),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Received;
      const failure = failures.shift();
      if (failure !== undefined) return void res.writeHead(failure, { "content-type": "application/json" }).end('{"ok":false}');
      const message = { ref: body.ref, summary: body.summary, ...(body.files ? { files: body.files } : {}) };
      fake.received.push(message);
      if (fake.onReceive?.(message, fake.received.length) === false) return;
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
