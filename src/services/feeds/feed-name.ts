/** The feed's calendar name (X-WR-CALNAME) in its language: whose, which forum, which party, or the region's. */
import type { DbOrTx } from "../../../db/connection.js";
import { forumName } from "../../calendar/calendar-text.js";
import { t } from "../../i18n/catalog.js";
import { localized } from "../../i18n/locale.js";
import { findParty } from "../parties.js";
import { findRegion } from "../regions.js";
import type { FeedState } from "./feed-state.js";

export function feedName(db: DbOrTx, state: Pick<FeedState, "token" | "locale" | "owner" | "forums">): string {
  const { token, locale } = state;
  switch (token.scope) {
    case "person":
      return t(locale, "feeds.calname.person", { name: state.owner.name });
    case "forum": {
      const forum = token.forumId === null ? undefined : state.forums.get(token.forumId);
      return t(locale, "feeds.calname.forum", { forum: forum ? forumName(forum, locale) : "" });
    }
    case "party": {
      const party = token.partyId ? findParty(db, token.partyId) : undefined;
      return t(locale, "feeds.calname.party", { party: party ? localized(party.names, locale) : "" });
    }
    case "region": {
      const region = findRegion(db);
      return t(locale, "feeds.calname.region", { region: region ? localized(region.names, locale) : "" });
    }
  }
}
