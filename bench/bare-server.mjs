// The start-up baseline of bench/startup.bench.ts: a bare node:http server that opens the same SQLite file and
// answers /healthz, the least a server on that database can do.
import { createServer } from "node:http";
import Database from "better-sqlite3";

const db = new Database(process.env.DATABASE_PATH);
db.pragma("journal_mode = WAL");
const ping = db.prepare("select 1 ok");
createServer((req, res) => {
  res.writeHead(req.url === "/healthz" ? 200 : 404, { "content-type": "application/json" });
  res.end(JSON.stringify(ping.get()));
}).listen(Number(process.env.PORT));
