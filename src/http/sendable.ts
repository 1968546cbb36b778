/** A rendered body as Express sends it: text as it is, bytes as a Buffer over the same memory (Express sends a bare Uint8Array as JSON). */
export function sendable(body: string | Uint8Array): string | Buffer {
  return typeof body === "string" ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}
