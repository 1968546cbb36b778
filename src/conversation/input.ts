/** What an adapter hands the core: who said what, where. Platform payloads never pass this line. */
import type { AttachedFile } from "./attachment.js";
import type { FormValues } from "./form.js";

export type Platform = "console" | "slack" | "teams" | "cli";

/** The speaker as the platform knows them; `lookupEmail` is called only when the id is not yet linked. */
export interface UserRef {
  platform: Platform;
  id: string;
  /** The platform's locale for this user (e.g. "fi-FI", "sv-SE"), used when the person has chosen none. */
  locale?: string;
  lookupEmail?: () => Promise<string | undefined>;
  /**
   * How a command line is typed where this user is (the adapter knows): Slack `calendar` → `/forum calendar`,
   * a Teams channel `@Yhdyspinta calendar`. Help shows commands in this form; bare words when absent.
   */
  commandForm?: (line: string) => string;
}

export interface CommandInput {
  user: UserRef;
  /** The channel or conversation the command came from, if any; a bound channel selects its forum. */
  channelRef?: string;
  text: string;
  /** The adapter's request id, carried into the log. */
  requestId?: string;
  /** A file attached to the message, downloaded (or refused) by the adapter. */
  attachment?: AttachedFile;
}

export interface FormInput {
  user: UserRef;
  channelRef?: string;
  formId: string;
  values: FormValues;
  context?: Record<string, string>;
  requestId?: string;
}
