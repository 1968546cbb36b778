/** Texts of the free-text rules (issue 16 §5): refused characters, field names in "too long" refusals, slowing down. */
import { defineMessages } from "../define-messages.js";

export const messages = defineMessages(
  {
    "input.forbiddenCharacter":
      "The text contains a control character ({char}) at position {position}. Such characters (terminal escape codes, the bell, text-direction overrides) are not stored; remove it and send again.",
    "input.field.input": "The message",
    "input.field.place": "The place",
    "input.field.onlineUrl": "The online meeting link",
    "input.field.reason": "The reason",
    "input.field.decisionTitle": "The decision's title",
    "input.field.decisionText": "The decision text",
    "input.field.proposal": "The proposal",
    "input.field.measure": "The measure",
    "input.field.note": "The note",
    "input.field.name": "The name",
    "input.field.diaryNumber": "The diary number",
    "input.slowDown": "You are making changes faster than I can take them. Please wait {seconds} s and try again; this one was not saved.",
    "input.slowDownChannel": "This channel is making changes faster than I can take them. Please wait {seconds} s and try again; this one was not saved.",
  },
  {
    "input.forbiddenCharacter":
      "Tekstissä on ohjausmerkki ({char}) kohdassa {position}. Tällaisia merkkejä (päätteen ohjauskoodit, äänimerkki, tekstin suunnan ohitukset) ei tallenneta; poista merkki ja lähetä uudelleen.",
    "input.field.input": "Viesti",
    "input.field.place": "Paikka",
    "input.field.onlineUrl": "Etäyhteyden linkki",
    "input.field.reason": "Syy",
    "input.field.decisionTitle": "Päätöksen otsikko",
    "input.field.decisionText": "Päätöksen teksti",
    "input.field.proposal": "Päätösehdotus",
    "input.field.measure": "Toimenpide",
    "input.field.note": "Huomautus",
    "input.field.name": "Nimi",
    "input.field.diaryNumber": "Diaarinumero",
    "input.slowDown": "Teet muutoksia nopeammin kuin ehdin ottaa vastaan. Odota {seconds} s ja yritä uudelleen; tätä muutosta ei tallennettu.",
    "input.slowDownChannel":
      "Tällä kanavalla tehdään muutoksia nopeammin kuin ehdin ottaa vastaan. Odota {seconds} s ja yritä uudelleen; tätä muutosta ei tallennettu.",
  },
  {
    "input.forbiddenCharacter":
      "Texten innehåller ett styrtecken ({char}) på position {position}. Sådana tecken (terminalkoder, ljudsignalen, åsidosättning av textriktningen) sparas inte; ta bort tecknet och skicka igen.",
    "input.field.input": "Meddelandet",
    "input.field.place": "Platsen",
    "input.field.onlineUrl": "Länken till distansmötet",
    "input.field.reason": "Orsaken",
    "input.field.decisionTitle": "Beslutets rubrik",
    "input.field.decisionText": "Beslutstexten",
    "input.field.proposal": "Beslutsförslaget",
    "input.field.measure": "Åtgärden",
    "input.field.note": "Anteckningen",
    "input.field.name": "Namnet",
    "input.field.diaryNumber": "Diarienumret",
    "input.slowDown": "Du gör ändringar snabbare än jag hinner ta emot dem. Vänta {seconds} s och försök igen; den här ändringen sparades inte.",
    "input.slowDownChannel":
      "Den här kanalen gör ändringar snabbare än jag hinner ta emot dem. Vänta {seconds} s och försök igen; den här ändringen sparades inte.",
  },
);
