/** Texts of indicators fed from outside (issue 20): the agreement file's statistics ties. */
import { defineMessages } from "../define-messages.js";

export const messages = defineMessages(
  {
    "agreement.format.statisticsCode": "the official statistics code in digits (e.g. 272 for a municipality, 18 for a wellbeing services county)",
    "agreement.v.statisticsCodeWidth": "`{value}` is too long for a party of the kind {kind} (a municipality has three digits, a county or region two)",
    "agreement.v.statisticsCodeTwice": "the statistics code {value} is already given to the party {other}",
    "agreement.v.genderWithoutSotkanet": "`gender` selects the Sotkanet series; give the indicator's `sotkanet` id too",
  },
  {
    "agreement.format.statisticsCode": "virallinen tilastokoodi numeroina (esim. 272 kunnalle, 18 hyvinvointialueelle)",
    "agreement.v.statisticsCodeWidth":
      "`{value}` on liian pitkä tyypin {kind} osapuolelle (kunnan koodissa on kolme numeroa, hyvinvointialueen tai maakunnan kaksi)",
    "agreement.v.statisticsCodeTwice": "tilastokoodi {value} on jo osapuolella {other}",
    "agreement.v.genderWithoutSotkanet": "`gender` valitsee Sotkanetin sarjan; anna mittarille myös sen `sotkanet`-tunnus",
  },
  {
    "agreement.format.statisticsCode": "den officiella statistikkoden med siffror (t.ex. 272 för en kommun, 18 för ett välfärdsområde)",
    "agreement.v.statisticsCodeWidth": "`{value}` är för lång för en part av typen {kind} (en kommun har tre siffror, ett välfärdsområde eller landskap två)",
    "agreement.v.statisticsCodeTwice": "statistikkoden {value} har redan parten {other}",
    "agreement.v.genderWithoutSotkanet": "`gender` väljer Sotkanets serie; ange också mätarens `sotkanet`-id",
  },
);
