/** The Sotkanet client as configured (SOTKANET_URL, SOTKANET_TIMEOUT_SECONDS), named after our public address. */
import type { Config } from "../../config.js";
import { createSotkanetClient, type SotkanetClient } from "./client.js";

export function sotkanetClientFor(config: Config): SotkanetClient {
  return createSotkanetClient({
    url: config.sotkanet.url,
    timeoutMs: config.sotkanet.timeoutMs,
    // THL refuses requests without a User-Agent; this one says who asks and where to reach them.
    userAgent: `Yhdyspinta/0.1 (+${config.publicUrl})`,
  });
}
