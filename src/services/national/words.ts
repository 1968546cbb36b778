/**
 * The words generated matters are made of: Finnish and Swedish subjects, actions and place names as a cooperation
 * forum writes them (letters ä, ö and å included, so search is tested on the words people really type).
 */
export const SUBJECTS_FI = [
  "hyvinvointikertomus",
  "lasten ja nuorten hyvinvointisuunnitelma",
  "ikääntyneiden palvelut",
  "oppilashuollon palveluketju",
  "mielenterveys- ja päihdetyö",
  "liikkumisen edistäminen",
  "työllisyyden kuntakokeilu",
  "varautuminen ja valmiussuunnittelu",
  "sote-keskuksen aukioloajat",
  "kotihoidon yhteistyö",
  "perhekeskustoiminta",
  "järjestöavustukset",
  "kuntien hyte-kerroin",
  "asumisneuvonta",
  "koulukuraattoripalvelut",
  "hyvinvointialueen palvelustrategia",
  "maahanmuuttajien kotoutuminen",
  "nuorisotakuu",
  "ehkäisevä päihdetyö",
  "yksinäisyyden vähentäminen",
] as const;

export const ACTIONS_FI = [
  "hyväksyminen",
  "lausunto",
  "seurantaraportti",
  "valmistelun käynnistäminen",
  "päivitys",
  "arviointi",
  "tilannekatsaus",
  "toimeenpano",
] as const;

export const SUBJECTS_SV = [
  "välfärdsberättelse",
  "äldreomsorgens tjänster",
  "elevvårdens servicekedja",
  "främjande av motion",
  "beredskapsplanering",
  "familjecentrets verksamhet",
  "förebyggande missbruksarbete",
] as const;

export const ACTIONS_SV = ["godkännande", "utlåtande", "uppföljningsrapport", "lägesöversikt", "uppdatering"] as const;

/** Places a matter may concern; Äänekoski and Närpes carry the letters the search folds. */
export const PLACES = [
  "Äänekoski",
  "Jyväskylä",
  "Närpes",
  "Pietarsaari",
  "Kokkola",
  "Kärsämäki",
  "Ylöjärvi",
  "Vöyri",
  "Mänttä-Vilppula",
  "Kristinestad",
  "Hämeenlinna",
  "Pälkäne",
  "Kemijärvi",
  "Östersundom",
  "Pyhäjärvi",
] as const;

export const DECISIONS_FI = [
  "Hyväksyttiin esityksen mukaisesti.",
  "Merkittiin tiedoksi.",
  "Hyväksyttiin esitys ja päätettiin seurata toimeenpanoa puolivuosittain.",
  "Palautettiin valmisteluun.",
  "Päätettiin antaa lausunto liitteen mukaisesti.",
] as const;

export const DECISIONS_SV = ["Godkändes enligt förslaget.", "Antecknades för kännedom.", "Återremitterades för beredning."] as const;

export const FIRST_NAMES = [
  "Aino",
  "Eero",
  "Helmi",
  "Juhani",
  "Kaisa",
  "Lauri",
  "Maija",
  "Niilo",
  "Outi",
  "Pekka",
  "Ritva",
  "Sakari",
  "Tuula",
  "Väinö",
  "Åsa",
  "Björn",
] as const;
export const LAST_NAMES = ["Mäkinen", "Österberg", "Järvinen", "Häkkinen", "Lindström", "Kärkkäinen", "Nyström", "Pöyhönen", "Ahonen", "Saarela"] as const;
