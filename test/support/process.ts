/** Runs the real `npm start` (or any command) as a child process and waits for what it prints. */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

export interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves when stdout (or stderr) matches, after `from` characters already seen. */
  waitFor(pattern: RegExp, stream?: "stdout" | "stderr", from?: number): Promise<RegExpMatchArray>;
  send(line: string): void;
  stop(): Promise<void>;
}

export function start(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Running {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true });
  const out = { stdout: "", stderr: "" };
  const waiters: (() => void)[] = [];
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  child.stdout.on("data", (d: Buffer) => {
    out.stdout += d.toString();
    wake();
  });
  child.stderr.on("data", (d: Buffer) => {
    out.stderr += d.toString();
    wake();
  });
  let exited = false;
  child.on("exit", () => {
    exited = true;
    wake();
  });
  return {
    child,
    stdout: () => out.stdout,
    stderr: () => out.stderr,
    waitFor(pattern, stream = "stdout", from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = out[stream].slice(from).match(pattern);
          if (match) return resolve(match);
          if (exited) return reject(new Error(`process exited before ${pattern}; stderr:\n${out.stderr.slice(-2000)}`));
          waiters.push(check);
        };
        check();
      });
    },
    send(line) {
      child.stdin.write(`${line}\n`);
    },
    async stop() {
      if (exited) return;
      const done = new Promise((resolve) => child.on("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      const timer = setTimeout(() => !exited && process.kill(-child.pid!, "SIGKILL"), 5000);
      await done;
      clearTimeout(timer);
    },
  };
}
