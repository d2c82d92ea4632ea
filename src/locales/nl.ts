import type { ConsolePart, RosterLocale, RosterMessages, ValidationMessages } from "../react/messages";
import { describeCharacter, quoteText } from "../react/format";

type Status = keyof RosterMessages["status"]["label"];
type JsonExpected = Parameters<ValidationMessages["json_unexpected_end"]>[0]["expected"];
type JsonType = Parameters<ValidationMessages["metadata_not_object"]>[0]["type"];

const STATUS: Readonly<Record<Status, string>> = {
  requested: "Aangevraagd",
  invited: "Uitgenodigd",
  active: "Actief",
  archived: "Gearchiveerd",
  inactive: "Inactief",
};

/** A status inside a sentence, as Dutch writes it there: in lower case. */
function statusWord(status: Status): string {
  return STATUS[status].toLowerCase();
}

/** What a person typed, in "…", cut by {@link quoteText} so that a pasted megabyte never fills the screen. */
const quote = (text: string, max?: number): string => quoteText(text, '"', '"', max);
/** A character as a message names it: in "…" when it can be seen, by its code point (`U+0009`) when not. */
const shown = (char: string): string => describeCharacter(char, '"', '"');

const EXPECTED: Readonly<Record<Exclude<JsonExpected, "value">, string>> = {
  propertyName: "Eigenschapsnaam tussen dubbele aanhalingstekens",
  colon: '":"',
  commaOrBracket: '"," of "]" na een array-item',
  commaOrBrace: '"," of "}" na een eigenschapswaarde',
};

function unexpected(expected: JsonExpected, found: string): string {
  if (expected === "value") return found === "" ? "Onverwacht einde van de tekst: er ontbreekt een waarde." : `Onverwacht ${shown(found)}: er werd een waarde verwacht.`;
  return `${EXPECTED[expected]} verwacht, maar ${found === "" ? "het einde van de tekst bereikt" : `${shown(found)} gevonden`}.`;
}

/** The alphabets `email_domain_mixed_script` names (in English, from the core), as Dutch adjectives. */
const SCRIPTS: Readonly<Record<string, string>> = { Latin: "Latijnse", Cyrillic: "Cyrillische", Greek: "Griekse", Armenian: "Armeense", Cherokee: "Cherokese" };

type BulkField = Parameters<RosterMessages["bulkInvite"]["load"]["repeated_column"]>[0]["field"];

/** A column of the bulk invite file, by what it holds, with its article. */
const BULK_FIELD: Readonly<Record<BulkField, string>> = {
  name: "de naam",
  email: "het e-mailadres",
  role: "de rol",
  groups: "de groepen",
  metadata: "de metagegevens",
};

/** A JSON type with its article, as a sentence names it. */
const JSON_TYPE: Readonly<Record<JsonType, string>> = {
  null: "null",
  array: "een array",
  object: "een object",
  string: "een tekenreeks",
  number: "een getal",
  boolean: "een booleaanse waarde",
  other: "een waarde die JSON niet kan bevatten",
};

/** A part of the console as the subject of a sentence, as the error and loading messages say it. */
const CONSOLE_PART: Readonly<Record<ConsolePart, string>> = {
  "seat-count": "Het aantal licenties",
  "scope-switcher": "De werkruimtekiezer",
  invite: "Het uitnodigingsformulier",
  table: "De ledentabel",
  details: "Het detailvenster van het lid",
  confirm: "Het bevestigingsvenster",
  activity: "Het activiteitenoverzicht",
  export: "De CSV-export",
  bulk: "De bulkacties",
  menu: "Het actiemenu",
};

/** The status changes by name: the row menu's items and the confirm modal's buttons say the same. */
const STATUS_ACTIONS: RosterMessages["confirm"]["confirm"] = {
  archive: "Gebruiker archiveren",
  unarchive: "Gebruiker dearchiveren",
  archiveInstance: "Archiveren in instantie",
  unarchiveInstance: "Dearchiveren in instantie",
  deactivate: "Deactiveren",
  reactivate: "Heractiveren",
};

/** The kit's columns by name: the table's headers and the export's choices say the same. */
const COLUMN_NAMES = {
  name: "Naam",
  email: "E-mailadres",
  status: "Status",
  role: "Rol",
  groups: "Groepen",
  invitedAt: "Uitgenodigd",
  lastActiveAt: "Laatst actief",
} as const;

/** Dutch (Nederlands): every message of the kit, addressing people informally (je), as Dutch product UIs do. */
export const nl: RosterLocale = {
  locale: "nl",
  messages: {
    status: {
      label: STATUS,
      description: {
        archive: {
          requested: "Uitgenodigd zonder bestaand account; wacht op registratie.",
          invited: "Uitgenodigd; wacht op acceptatie.",
          active: "Heeft toegang.",
          archived: "Geen toegang. Dearchiveren verstuurt een nieuwe uitnodiging.",
        },
        deactivate: {
          invited: "Uitgenodigd; wacht op acceptatie.",
          active: "Heeft toegang.",
          inactive: "Kan niet inloggen en niet worden toegewezen. Heractiveren herstelt de toegang direct.",
        },
      },
    },
    actions: {
      ...STATUS_ACTIONS,
      menuLabel: ({ name }) => `Acties voor ${name}`,
      resendInvitation: "Uitnodiging opnieuw versturen",
      copyInvitationLink: "Uitnodigingslink kopiëren",
      edit: "Rol en groepen bewerken",
      viewDetails: "Details bekijken",
      archiveRevokesHint: "Trekt de openstaande uitnodiging in.",
      invitationLinkField: ({ name }) => `Uitnodigingslink van ${name}`,
      invitationFailed: ({ reason }) => `De uitnodiging kon niet worden verwerkt: ${reason}`,
    },
    member: {
      you: "Jij",
      superAdmin: "Superbeheerder",
      unnamed: "(geen naam)",
      noGroups: "Geen groepen",
      moreGroups: ({ count }, f) => `+${f.count(count)} meer`,
      groupsLabel: ({ name }) => `Groepen van ${name}`,
      neverActive: "Nooit",
    },
    confirm: {
      title: {
        archive: ({ name }) => `${name} archiveren?`,
        unarchive: ({ name }) => `${name} dearchiveren?`,
        archiveInstance: ({ name }) => `${name} in de hele instantie archiveren?`,
        unarchiveInstance: ({ name }) => `${name} in de instantie dearchiveren?`,
        deactivate: ({ name }) => `${name} deactiveren?`,
        reactivate: ({ name }) => `${name} heractiveren?`,
      },
      confirm: STATUS_ACTIONS,
      pending: {
        archive: "Bezig met archiveren…",
        unarchive: "Bezig met dearchiveren…",
        archiveInstance: "Bezig met archiveren…",
        unarchiveInstance: "Bezig met dearchiveren…",
        deactivate: "Bezig met deactiveren…",
        reactivate: "Bezig met heractiveren…",
      },
      cancel: "Annuleren",
      consequencesLabel: "Wat er gebeurt",
      accessLostWorkspace: ({ name, workspace }) => `${name} verliest de toegang tot ${workspace}. Andere werkruimten van deze gebruiker blijven ongewijzigd.`,
      accessLostInstance: ({ name }) =>
        `${name} kan niet meer inloggen en verliest de toegang tot alle werkruimten. Deze gebruiker kan pas weer worden uitgenodigd nadat een superbeheerder de gebruiker heeft gedearchiveerd.`,
      accessLostDeactivate: ({ name }) => `${name} kan niet meer inloggen, ontvangt geen meldingen meer en kan niet aan nieuwe records worden toegewezen.`,
      accessRestoredReactivate: ({ name }) => `${name} kan direct weer inloggen, met dezelfde rol en groepen als voorheen.`,
      accessRestoredUnarchive: ({ name, workspace }) =>
        `${name} wordt opnieuw uitgenodigd voor ${workspace} en krijgt weer toegang zodra de uitnodiging is geaccepteerd.`,
      accessRestoredInstance: ({ name }) =>
        `${name} kan weer inloggen en opnieuw worden uitgenodigd. De lidmaatschappen blijven gearchiveerd totdat de beheerders van elke werkruimte ze dearchiveren.`,
      workspacesAffected: ({ workspaces }, f) =>
        `${f.plural(workspaces.length, { one: "Betrokken werkruimte", other: "Betrokken werkruimten" })}: ${f.list(workspaces)}.`,
      invitationRevoked: "De openstaande uitnodigingslink werkt niet meer.",
      emailSent: ({ email }) => `Er wordt een uitnodiging per e-mail verstuurd naar ${email}.`,
      noEmailSent: "Er wordt geen e-mail verstuurd.",
      seatChange: ({ before, after, workspace }, f) =>
        `${workspace === undefined ? "Factureerbare licenties" : `Factureerbare licenties in ${workspace}`}: ${f.count(before)} → ${f.count(after)}.`,
      seatDelta: ({ delta, workspace }, f) => {
        const seats = f.plural(Math.abs(delta), { one: "# factureerbare licentie", other: "# factureerbare licenties" });
        const where = workspace === undefined ? "" : ` in ${workspace}`;
        return delta < 0 ? `Maakt ${seats}${where} vrij.` : `Gebruikt ${seats}${where}.`;
      },
      seatUnchanged: "Het aantal factureerbare licenties verandert niet.",
      instanceUnarchived: ({ name }) => `${name} wordt ook op instantieniveau gedearchiveerd en kan dus weer inloggen.`,
      nothingDeleted: "Niets wat deze gebruiker heeft gemaakt, wordt verwijderd.",
      conflict: ({ name }) => `${name} is door iemand anders gewijzigd terwijl dit venster open was. Er is niets toegepast; bekijk de huidige status.`,
      failed: ({ name, reason }) => `${name} is niet gewijzigd: ${reason}`,
      retry: "Opnieuw proberen",
      close: "Sluiten",
      startAgain: "Opnieuw beginnen",
      currentStatus: "Huidige status",
      currentRole: "Huidige rol",
    },
    invite: {
      openButton: "Leden uitnodigen",
      title: "Leden uitnodigen",
      description: ({ workspace }) => `Iedereen ontvangt een uitnodiging per e-mail om lid te worden van ${workspace}.`,
      inviteeLegend: ({ index }, f) => `Persoon ${f.count(index)}`,
      nameLabel: "Naam",
      emailLabel: "E-mailadres",
      roleLabel: "Rol",
      rolePlaceholder: "Kies een rol",
      groupsLabel: "Groepen",
      groupsHint: "Een willekeurig aantal groepen.",
      metadataLabel: "Metagegevens (JSON)",
      metadataHint: 'Een JSON-object, zoals {"team": "design"}.',
      optional: "optioneel",
      required: "verplicht",
      addInvitee: "Nog iemand toevoegen",
      removeInvitee: ({ index }, f) => `Persoon ${f.count(index)} verwijderen`,
      submit: ({ count }, f) => f.plural(count, { one: "Uitnodiging versturen", other: "# uitnodigingen versturen" }),
      submitting: "Bezig met versturen…",
      cancel: "Annuleren",
      close: "Sluiten",
      metadataPosition: ({ message, line, column }, f) => `Regel ${f.count(line)}, kolom ${f.count(column)}: ${message}`,
      duplicate: ({ email, status }) => `${email} is al ${status.toLowerCase()} in deze werkruimte.`,
      offerUnarchive: ({ email }) => `${email} is gearchiveerd in deze werkruimte. In plaats daarvan dearchiveren?`,
      offerReactivate: ({ email }) => `${email} is inactief in deze werkruimte. In plaats daarvan heractiveren?`,
      archivedInInstance: ({ email }) => `${email} is gearchiveerd op instantieniveau. Een superbeheerder moet deze gebruiker eerst dearchiveren.`,
      fieldRefused: "De server heeft deze waarde niet geaccepteerd. Controleer de waarde en probeer het opnieuw.",
      errorSummary: ({ count }, f) => f.plural(count, { one: "Los # fout op om door te gaan.", other: "Los # fouten op om door te gaan." }),
      errorSummaryEntry: ({ field, person, people, error }, f) => (people === 1 ? `${field}: ${error}` : `${field} van persoon ${f.count(person)}: ${error}`),
      resultsTitle: "Uitnodigingen",
      resultInvited: ({ email }) => `${email}: uitgenodigd.`,
      resultRequested: ({ email }) => `${email}: aangevraagd; er wordt gevraagd een account aan te maken.`,
      resultFailed: ({ email, reason }) => `${email}: niet uitgenodigd. ${reason}`,
      resultSummary: ({ sent, failed }, f) =>
        failed === 0
          ? f.plural(sent, { one: "# uitnodiging verstuurd.", other: "# uitnodigingen verstuurd." })
          : `${f.plural(sent, { one: "# uitnodiging verstuurd", other: "# uitnodigingen verstuurd" })}, ${f.plural(failed, { one: "# mislukt", other: "# mislukt" })}.`,
      copyLink: ({ email }) => `Uitnodigingslink voor ${email} kopiëren`,
      inviteMore: "Meer uitnodigen",
      retryFailed: "Mislukte uitnodigingen bewerken en opnieuw proberen",
      unarchiveInstead: "In plaats daarvan dearchiveren",
      reactivateInstead: "In plaats daarvan heractiveren",
      invitationLinkLabel: ({ email }) => `Uitnodigingslink voor ${email}`,
      copied: "Gekopieerd",
      emailConverted: ({ typed, stored, email }) =>
        `Het domein "${typed}" wordt opgeslagen als "${stored}", de vorm die e-mailsystemen voor internationale domeinen gebruiken: de uitnodiging gaat naar ${email}.`,
      requestFailed: ({ reason }) => `Er is niets verstuurd: ${reason} Alles wat je hebt ingevoerd, blijft bewaard.`,
      retry: "Opnieuw proberen",
      noGroups: "Deze werkruimte heeft geen groepen.",
    },
    bulkInvite: {
      modeLabel: "Manier van uitnodigen",
      modeSingle: "Een voor een",
      modeBulk: "Uit een lijst of CSV",
      fileLabel: "CSV-bestand",
      fileHint: ({ limit }, f) =>
        `Een kopregel, daarna één persoon per regel: name (naam), email (e-mailadres), role (rol), groups (groepen, gescheiden door ; of |) en metadata (JSON). Maximaal ${f.count(limit)} personen.`,
      template: "CSV-sjabloon downloaden",
      pasteLabel: "Of plak e-mailadressen",
      pasteHint: "Eén per regel of gescheiden door komma's, zoals ada@example.com of Ada Lovelace <ada@example.com>. Een tabel die uit een spreadsheet is gekopieerd, werkt ook.",
      addPasted: "Aan de lijst toevoegen",
      defaultRoleLabel: "Rol voor regels zonder rol",
      reading: "Bezig met lezen…",
      loading: "Laden…",
      load: {
        empty: () => "Er staat niemand in om uit te nodigen: voeg onder een kopregel één persoon per regel toe.",
        no_email_column: ({ columns }, f) =>
          `Geen enkele kolom bevat e-mailadressen. De eerste regel moet de kolommen benoemen (name, email, role, groups, metadata); deze bevat: ${columns.length === 0 ? "niets" : f.list(columns)}.`,
        repeated_column: ({ field, columns }, f) => `De kolommen ${f.list(columns)} bevatten allemaal ${BULK_FIELD[field]}; houd er één over.`,
        too_many_rows: ({ limit, count }, f) =>
          `Er kunnen maximaal ${f.count(limit)} personen tegelijk worden uitgenodigd; ${count === null ? "dit bestand bevat er meer" : `dit bestand bevat er ${f.count(count)}`}. Splits het op in kleinere bestanden.`,
        unclosed_quote: ({ row }, f) =>
          `Regel ${f.count(row)} opent een veld tussen aanhalingstekens dat nooit wordt gesloten, dus de rest kan niet worden gelezen. Sluit het aanhalingsteken.`,
        not_text: () => "Dit is geen tekstbestand. Sla de spreadsheet op als CSV (UTF-8) en kies dat bestand.",
      },
      loadRefused: ({ reason }) => `Er is niets toegevoegd: ${reason} De regels die al in de lijst stonden, blijven bewaard.`,
      ignoredColumns: ({ columns }, f) => `Genegeerde kolommen: ${f.list(columns)}.`,
      previewTitle: "Uit te nodigen personen",
      previewSummary: ({ total, invited, ready, invalid }, f) =>
        `${f.plural(total, { one: "# persoon", other: "# personen" })}: ${invited > 0 ? `${f.count(invited)} uitgenodigd, ` : ""}${f.count(ready)} gereed, ${f.count(invalid)} te corrigeren.`,
      rowColumn: "Regel",
      statusColumn: "Status",
      fieldLabel: ({ field, row }, f) => `${field}, regel ${f.count(row)}`,
      removeRow: ({ row }, f) => `Regel ${f.count(row)} verwijderen`,
      removeInvalid: ({ count }, f) => f.plural(count, { one: "De regel met een probleem verwijderen", other: "De # regels met problemen verwijderen" }),
      onlyToFix: "Alleen de te corrigeren regels tonen",
      duplicateInFile: ({ row }, f) => `Hetzelfde e-mailadres als regel ${f.count(row)}.`,
      outcome: { ready: "Gereed", invalid: "Te corrigeren", queued: "Wachtend", sending: "Bezig met versturen", invited: "Uitgenodigd", refused: "Niet uitgenodigd", failed: "Niet verstuurd" },
      notSent: ({ reason }) => `Niet verstuurd: ${reason} Probeer het opnieuw om het nogmaals te versturen.`,
      send: ({ count }, f) => f.plural(count, { one: "# uitnodiging versturen", other: "# uitnodigingen versturen" }),
      nothingToSend: "Corrigeer of verwijder de regels met problemen om te kunnen versturen.",
      progressLabel: "Uitnodigingen versturen",
      progress: ({ done, total }, f) => `${f.count(done)} van ${f.count(total)} verstuurd`,
      cancel: "Stoppen na deze batch",
      cancelling: "Bezig met stoppen na deze batch…",
      resultSummary: ({ invited, notInvited }, f) =>
        notInvited === 0
          ? f.plural(invited, { one: "# uitnodiging verstuurd.", other: "# uitnodigingen verstuurd." })
          : `${f.plural(invited, { one: "# uitnodiging verstuurd", other: "# uitnodigingen verstuurd" })}; ${f.plural(notInvited, { one: "# persoon is niet uitgenodigd: corrigeer de regel en probeer het opnieuw", other: "# personen zijn niet uitgenodigd: corrigeer hun regels en probeer het opnieuw" })}.`,
      retryFailed: ({ count }, f) => f.plural(count, { one: "# regel opnieuw proberen", other: "# regels opnieuw proberen" }),
      startOver: "Opnieuw beginnen",
    },
    memberEdit: {
      title: ({ name }) => `Rol en groepen van ${name} bewerken`,
      roleLabel: "Rol",
      groupsLabel: "Groepen",
      save: "Wijzigingen opslaan",
      saving: "Bezig met opslaan…",
      cancel: "Annuleren",
      conflict: ({ name }) => `${name} is door iemand anders gewijzigd. De huidige rol en groepen worden getoond; controleer ze en sla opnieuw op.`,
      failed: ({ reason }) => `Niet opgeslagen: ${reason} Je keuzes blijven bewaard.`,
      retry: "Opnieuw proberen",
      startAgain: "Huidige waarden bewerken",
      currentValues: "Huidige waarden",
      noGroups: "Deze werkruimte heeft geen groepen.",
    },
    table: {
      workspaceCaption: ({ workspace }) => `Leden van ${workspace}`,
      instanceCaption: "Alle gebruikers",
      columns: {
        ...COLUMN_NAMES,
        workspaces: "Werkruimten",
        actions: "Acties",
      },
      sortBy: ({ column }) => `Sorteren op ${column}`,
      sortedAscending: "oplopend gesorteerd",
      sortedDescending: "aflopend gesorteerd",
      searchLabel: "Leden zoeken",
      searchPlaceholder: "Zoeken op naam of e-mailadres",
      clearSearch: "Zoekopdracht wissen",
      statusFilterLabel: "Status",
      roleFilterLabel: "Rol",
      allStatuses: "Alle statussen",
      allRoles: "Alle rollen",
      clearFilters: "Filters wissen",
      loading: "Leden laden…",
      empty: "Nog geen leden",
      emptyHint: "Nodig mensen uit om ze toegang te geven.",
      noMatches: "Geen leden gevonden",
      noMatchesHint: "Probeer een andere zoekopdracht of wis de filters.",
      errorTitle: "De leden konden niet worden geladen",
      retry: "Opnieuw proberen",
      scrollHint: "Scrol horizontaal om alle kolommen te zien.",
      paginationLabel: "Paginering",
      pageRange: ({ from, to, total }, f) =>
        total === null ? `${f.count(from)}–${f.count(to)}` : `${f.count(from)}–${f.count(to)} van ${f.count(total)}`,
      pageOf: ({ page, pages }, f) => `Pagina ${f.count(page)} van ${f.count(pages)}`,
      previousPage: "Vorige pagina",
      nextPage: "Volgende pagina",
      firstPage: "Eerste pagina",
      lastPage: "Laatste pagina",
      pageSize: "Rijen per pagina",
      billableSeats: ({ count }, f) => f.plural(count, { one: "# factureerbare licentie", other: "# factureerbare licenties" }),
      memberCount: ({ count }, f) => f.plural(count, { "=0": "Geen leden", one: "# lid", other: "# leden" }),
      selectRow: ({ name }) => `${name} selecteren`,
      selectPage: "Alle leden op deze pagina selecteren",
      selectedCount: ({ count }, f) => f.plural(count, { one: "# geselecteerd", other: "# geselecteerd" }),
      clearSelection: "Selectie wissen",
      selectionToggle: "Selecteren",
      selectionOn: "Selecteren aan: elke rij heeft nu een selectievakje.",
      selectionOff: "Selecteren uit.",
      bulkArchive: "Selectie archiveren",
      bulkDeactivate: "Selectie deactiveren",
      bulkTitle: ({ count, action }, f) =>
        f.plural(count, action === "archive" ? { one: "# lid archiveren?", other: "# leden archiveren?" } : { one: "# lid deactiveren?", other: "# leden deactiveren?" }),
      bulkDescription: ({ action }) =>
        `${action === "archive" ? "Gearchiveerde leden verliezen de toegang tot deze werkruimte en hun openstaande uitnodigingen werken niet meer." : "Gedeactiveerde leden kunnen niet meer inloggen."} Elk lid wordt afzonderlijk gewijzigd: leden die je niet mag wijzigen, worden overgeslagen en elk resultaat wordt vermeld. Er wordt niets verwijderd.`,
      bulkConfirm: ({ count, action }, f) =>
        f.plural(count, action === "archive" ? { one: "# lid archiveren", other: "# leden archiveren" } : { one: "# lid deactiveren", other: "# leden deactiveren" }),
      bulkApplying: "Bezig met toepassen…",
      bulkResultsLabel: "Resultaten",
      bulkSucceeded: ({ name, status }) => `${name}: nu ${status.toLowerCase()}.`,
      bulkRefused: ({ name, reason }) => `${name}: niet gewijzigd. ${reason}`,
      bulkFailed: ({ name, reason }) => `${name}: mislukt. ${reason}`,
      bulkWaiting: ({ name }) => `${name}: wachten…`,
      bulkSummary: ({ succeeded, refused, failed }, f) =>
        `${f.list([
          `${f.count(succeeded)} gewijzigd`,
          ...(refused > 0 ? [`${f.count(refused)} geweigerd`] : []),
          ...(failed > 0 ? [`${f.count(failed)} mislukt`] : []),
        ])}.`,
      close: "Sluiten",
      unsupported: ({ feature }) =>
        `De server kan niet ${{ search: "zoeken", filterByStatus: "filteren op status", filterByRole: "filteren op rol", filterByMetadata: "filteren op dit veld", sort: "sorteren op deze kolom", page: "naar deze pagina gaan" }[feature]}; als alleen de getoonde pagina wordt gefilterd, blijven er leden verborgen.`,
      membershipCount: ({ count }, f) => f.plural(count, { "=0": "Geen werkruimten", one: "# werkruimte", other: "# werkruimten" }),
      noMetadataValue: "Niet ingesteld",
      anyValue: "Alle waarden",
    },
    export: {
      trigger: "CSV exporteren",
      title: "Leden exporteren als CSV",
      description: ({ filtered }) =>
        `${filtered ? "Alle leden die overeenkomen met de huidige zoekopdracht en filters" : "Alle leden in deze lijst"}, in de huidige sortering, over alle pagina's.`,
      columnsLegend: "Kolommen",
      columns: {
        ...COLUMN_NAMES,
        metadata: "Alle metagegevens (JSON)",
      },
      noColumns: "Kies minstens één kolom.",
      submit: "Exporteren",
      cancel: "Annuleren",
      progress: ({ count }, f) =>
        f.plural(count, { "=0": "Bezig met exporteren…", one: "Bezig met exporteren… # lid tot nu toe", other: "Bezig met exporteren… # leden tot nu toe" }),
      stop: "Export stoppen",
      done: ({ count, fileName }, f) =>
        `${f.plural(count, { "=0": "Geen leden geëxporteerd", one: "# lid geëxporteerd", other: "# leden geëxporteerd" })} naar ${fileName}.`,
      failed: ({ reason }) => `De export is mislukt: ${reason} Je keuze blijft bewaard; probeer het opnieuw.`,
      retry: "Opnieuw proberen",
      close: "Sluiten",
    },
    details: {
      title: ({ name }) => `Details van ${name}`,
      close: "Details sluiten",
      status: "Status",
      email: "E-mailadres",
      role: "Rol",
      groups: "Groepen",
      workspaces: "Werkruimten",
      metadata: "Metagegevens",
      noMetadata: "Geen",
      invitedAt: "Uitgenodigd",
      lastActiveAt: "Laatst actief",
      actions: "Acties",
      loading: "Lid laden…",
      otherWorkspaces: "Andere werkruimten",
    },
    activity: {
      timelineTitle: "Geschiedenis",
      logTitle: "Activiteit",
      showLog: "Activiteit",
      showMembers: "Leden",
      viewsLabel: "Weergave",
      byline: {
        invite: ({ actor }) => `Uitgenodigd door ${actor}`,
        acceptInvitation: ({ actor, self }) => (self ? "Heeft de uitnodiging geaccepteerd" : `Uitnodiging geaccepteerd door ${actor}`),
        resendInvitation: ({ actor }) => `Uitnodiging opnieuw verstuurd door ${actor}`,
        revokeInvitation: ({ actor }) => `Uitnodiging ingetrokken door ${actor}`,
        archive: ({ actor }) => `Gearchiveerd door ${actor}`,
        unarchive: ({ actor }) => `Gedearchiveerd door ${actor}`,
        deactivate: ({ actor }) => `Gedeactiveerd door ${actor}`,
        reactivate: ({ actor }) => `Geheractiveerd door ${actor}`,
        changeRole: ({ actor }) => `Rol gewijzigd door ${actor}`,
        changeGroups: ({ actor, self }) => (self ? "Heeft de eigen groepen gewijzigd" : `Groepen gewijzigd door ${actor}`),
        updateMember: ({ actor, self }) => (self ? "Heeft de eigen gegevens bijgewerkt" : `Bijgewerkt door ${actor}`),
      },
      sentence: {
        invite: ({ actor, target }) => `${actor} heeft ${target} uitgenodigd`,
        acceptInvitation: ({ target }) => `${target} heeft de uitnodiging geaccepteerd`,
        resendInvitation: ({ actor, target }) => `${actor} heeft de uitnodiging opnieuw naar ${target} verstuurd`,
        revokeInvitation: ({ actor, target }) => `${actor} heeft de uitnodiging van ${target} ingetrokken`,
        archive: ({ actor, target }) => `${actor} heeft ${target} gearchiveerd`,
        unarchive: ({ actor, target }) => `${actor} heeft ${target} gedearchiveerd`,
        deactivate: ({ actor, target }) => `${actor} heeft ${target} gedeactiveerd`,
        reactivate: ({ actor, target }) => `${actor} heeft ${target} geheractiveerd`,
        changeRole: ({ actor, target }) => `${actor} heeft de rol van ${target} gewijzigd`,
        changeGroups: ({ actor, target, self }) => (self ? `${target} heeft de eigen groepen gewijzigd` : `${actor} heeft de groepen van ${target} gewijzigd`),
        updateMember: ({ actor, target, self }) => (self ? `${target} heeft de eigen gegevens bijgewerkt` : `${actor} heeft ${target} bijgewerkt`),
      },
      instanceLevel: "Alle werkruimten",
      when: ({ date, relative }) => `${date} (${relative})`,
      statusChange: ({ before, after }) => (before === null ? `Status: ${after}` : `Status: ${before} → ${after}`),
      roleChange: ({ before, after }) => (before === null ? `Rol: ${after}` : `Rol: ${before} → ${after}`),
      groupsAdded: ({ groups }, f) => `Toegevoegd aan ${f.list(groups)}`,
      groupsRemoved: ({ groups }, f) => `Verwijderd uit ${f.list(groups)}`,
      someone: "Iemand",
      actionFilter: "Actie",
      allActions: "Alle acties",
      actionName: {
        invite: "Uitgenodigd",
        acceptInvitation: "Uitnodiging geaccepteerd",
        resendInvitation: "Uitnodiging opnieuw verstuurd",
        revokeInvitation: "Uitnodiging ingetrokken",
        archive: "Gearchiveerd",
        unarchive: "Gedearchiveerd",
        deactivate: "Gedeactiveerd",
        reactivate: "Geheractiveerd",
        changeRole: "Rol gewijzigd",
        changeGroups: "Groepen gewijzigd",
        updateMember: "Bijgewerkt",
      },
      personFilter: "Persoon",
      personHint: "Een naam of e-mailadres uit de geschiedenis.",
      personRole: "Betrokkenheid",
      personAsActor: "Heeft de wijziging gedaan",
      personAsTarget: "Is gewijzigd",
      personUnknown: ({ text }) => `Niemand in de geschiedenis komt overeen met "${text}". Kies een naam uit de lijst of maak het veld leeg.`,
      applyFilters: "Filteren",
      clearFilters: "Filters wissen",
      filtersLabel: "Activiteit filteren",
      loading: "Activiteit laden…",
      loadMore: "Meer laden",
      loadingMore: "Bezig met laden…",
      emptyTimeline: "Nog geen wijzigingen vastgelegd.",
      emptyLog: "Nog geen activiteit vastgelegd.",
      emptyFiltered: "Geen activiteit die aan deze filters voldoet.",
      end: "Dat is de hele geschiedenis.",
      failed: ({ reason }) => `De activiteit kon niet worden geladen. ${reason}`,
      retry: "Opnieuw proberen",
      loaded: ({ count, more }, f) =>
        `${f.plural(count, { "=0": "Geen gebeurtenissen getoond.", one: "# gebeurtenis getoond.", other: "# gebeurtenissen getoond." })}${more ? " Oudere gebeurtenissen kunnen worden geladen." : ""}`,
    },
    announcements: {
      statusChanged: ({ name, status }) => `${name} is nu ${status.toLowerCase()}.`,
      statusChangeFailed: ({ name, reason }) => `${name} is niet gewijzigd: ${reason}`,
      statusConflict: ({ name, status }) =>
        `${name} is niet gewijzigd: iemand anders was je voor.${status === null ? "" : ` De status is nu ${status.toLowerCase()}.`} Bekijk de huidige status.`,
      invitationsSent: ({ count }, f) => f.plural(count, { one: "# uitnodiging verstuurd.", other: "# uitnodigingen verstuurd." }),
      invitationResent: ({ email }) => `Uitnodiging opnieuw verstuurd naar ${email}.`,
      linkCopied: "Uitnodigingslink gekopieerd.",
      linkCopyFailed: "De uitnodigingslink kon niet worden gekopieerd.",
      memberUpdated: ({ name }) => `${name} is bijgewerkt.`,
      listLoaded: ({ count, total }, f) =>
        total === null
          ? f.plural(count, { "=0": "Geen leden getoond.", one: "# lid getoond.", other: "# leden getoond." })
          : f.plural(total, { "=0": "Geen leden gevonden.", one: "# lid gevonden.", other: "# leden gevonden." }),
      sortChanged: ({ column, direction }) => `Gesorteerd op ${column}, ${direction === "asc" ? "oplopend" : "aflopend"}.`,
    },
    errors: {
      forbidden: "Je hebt geen toestemming om dit te doen.",
      not_found: "Dit lid bestaat niet meer.",
      conflict: "Dit lid is door iemand anders gewijzigd. Bekijk de huidige status en probeer het opnieuw.",
      validation: "Sommige velden moeten worden aangepast.",
      last_admin: "Hierdoor zou een werkruimte geen actieve beheerder meer hebben.",
      archived_in_instance: "Deze gebruiker is gearchiveerd op instantieniveau. Een superbeheerder moet de gebruiker eerst dearchiveren.",
      duplicate: "Deze persoon is al lid van de werkruimte.",
      invalid_transition: "Deze actie is niet van toepassing op de huidige status van het lid.",
      rate_limited: "Te veel verzoeken. Wacht even en probeer het opnieuw.",
      idempotency_mismatch: "Dit verzoek is geweigerd omdat het een eerder, ander verzoek herhaalde. Er is niets gewijzigd; probeer het opnieuw.",
      limit_exceeded: "Dit verzoek is te groot. Verstuur minder personen of minder gegevens tegelijk.",
      network: "De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.",
      timeout: "De server heeft niet op tijd geantwoord. Controleer je verbinding en probeer het opnieuw.",
      unknown: "Er is iets misgegaan. Probeer het opnieuw.",
    },
    denials: {
      "R1.notMember": () => "Alleen leden van deze werkruimte kunnen de leden ervan zien.",
      "R1.notAdmin": ({ verb }) =>
        `Alleen beheerders van deze werkruimte kunnen leden ${{ invite: "uitnodigen", archive: "archiveren", unarchive: "dearchiveren", deactivate: "deactiveren", reactivate: "heractiveren", edit: "bewerken" }[verb]}.`,
      "R1.activityAdminsOnly": () => "Alleen beheerders van deze werkruimte kunnen de activiteit ervan zien.",
      "R2.notSuperAdmin": ({ verb }) =>
        `Alleen superbeheerders kunnen ${{ archiveInstance: "op instantieniveau archiveren", unarchiveInstance: "op instantieniveau dearchiveren", viewInstanceUsers: 'de lijst "Alle gebruikers" van de instantie bekijken', viewInstanceActivity: "de activiteit van de hele instantie bekijken" }[verb]}.`,
      "R2.instanceArchived": ({ name }) => `${name} is gearchiveerd op instantieniveau; alleen een superbeheerder kan deze gebruiker dearchiveren.`,
      "R2.instanceScope": () => "Op instantieniveau kunnen gebruikers alleen worden gearchiveerd of gedearchiveerd; open een werkruimte voor andere acties.",
      "R4.self": () => "Je kunt je eigen status niet wijzigen: vraag een andere beheerder, zodat je jezelf niet kunt buitensluiten.",
      "R4.superAdmin": ({ part }) => `Alleen superbeheerders kunnen de ${{ status: "status", role: "rol", groups: "groepen" }[part]} van een superbeheerder wijzigen.`,
      "R5.unknownRole": ({ role }) => `"${role}" is geen rol van deze werkruimte.`,
      "R5.noWorkspace": () => "Leden worden uitgenodigd voor een werkruimte: kies een werkruimte om uit te nodigen.",
      "R5.nothingToChange": ({ name }) => `Niets te wijzigen voor ${name}: geef een nieuwe rol, nieuwe groepen of beide op.`,
      "R5.unknownGroups": ({ workspaceName, groups, count }, f) =>
        `${workspaceName} heeft geen ${f.plural(count, { one: "groep met de naam", other: "groepen met de namen" })} ${f.list(groups.map((group) => `"${group}"`))}; kies groepen van deze werkruimte.`,
      "R7.alreadyMember": ({ email, status }) => `${email} is al ${statusWord(status)} in deze werkruimte.`,
      "R7.restoreInstead": ({ email, status, offer }) =>
        `${email} is ${statusWord(status)} in deze werkruimte: ${offer === "unarchive" ? "dearchiveer" : "heractiveer"} deze persoon in plaats van opnieuw uit te nodigen.`,
      "R8.archivedInInstance": ({ email }) =>
        `${email} is gearchiveerd op instantieniveau en kan niet worden uitgenodigd. Een superbeheerder moet deze gebruiker eerst dearchiveren.`,
      "R10.noPendingInvitation": ({ name, verb }) =>
        `${name} heeft geen openstaande uitnodiging${verb === "resendInvitation" ? " om opnieuw te versturen" : ""}.`,
      "R10.cloudLinks": () => "Uitnodigingslinks kunnen alleen in zelfgehoste omgevingen worden gekopieerd; in de cloud gaan uitnodigingen per e-mail.",
      "R11.alreadyArchived": ({ name }) => `${name} is al gearchiveerd in deze werkruimte.`,
      "R12.alreadyArchived": ({ name }) => `${name} is al gearchiveerd op instantieniveau.`,
      "R12.accountArchived": () => "Dit account is gearchiveerd; vraag een superbeheerder om het te dearchiveren.",
      "R13.notArchived": ({ name, status }) =>
        `Alleen gebruikers die op instantieniveau zijn gearchiveerd, kunnen daar worden gedearchiveerd; ${name} is ${statusWord(status)}.`,
      "R14.notArchived": ({ name, status }) => `Alleen gearchiveerde leden kunnen worden gedearchiveerd; ${name} is ${statusWord(status)}.`,
      "R15.lastAdmin": ({ name, verb, workspaceNames, count }, f) =>
        `${name} is de laatste actieve beheerder van ${f.list(workspaceNames)}; door ${{ archive: "deze gebruiker te archiveren", archiveInstance: "deze gebruiker op instantieniveau te archiveren", deactivate: "deze gebruiker te deactiveren", changeRole: "de beheerdersrol in te trekken" }[verb]} ${f.plural(count, { one: "zou die werkruimte", other: "zouden die werkruimten" })} geen beheerder meer hebben. Maak eerst iemand anders beheerder.`,
      "R17.notActive": ({ name, status }) => `Alleen actieve leden kunnen worden gedeactiveerd; ${name} is ${statusWord(status)}.`,
      "R18.notInactive": ({ name, status }) => `Alleen inactieve leden kunnen worden geheractiveerd; ${name} is ${statusWord(status)}.`,
      "R24.otherLifecycle": ({ verb, lifecycle }) =>
        `Leden kunnen hier niet worden ${{ archive: "gearchiveerd", unarchive: "gedearchiveerd", deactivate: "gedeactiveerd", reactivate: "geheractiveerd" }[verb]}: deze werkruimte ${lifecycle === "archive" ? "archiveert en dearchiveert" : "deactiveert en heractiveert"} in plaats daarvan leden.`,
      "R24.notActive": ({ name, status, part }) =>
        `Alleen van actieve leden ${part === "role" ? "kan de rol" : "kunnen de groepen"} worden gewijzigd; ${name} is ${statusWord(status)}.`,
      "R27.notPending": () => "Deze uitnodiging staat niet meer open.",
    },
    validation: {
      name_required: () => "Voer een naam in.",
      name_too_long: ({ length, limit }, f) => `Een naam mag maximaal ${f.count(limit)} tekens lang zijn; deze naam heeft er ${f.count(length)}.`,
      name_malformed_unicode: () => "De naam bevat een beschadigd teken (de helft van een emoji of symbool); typ de naam opnieuw.",
      name_control_character: ({ codePoint }) => `Een naam mag geen besturingstekens bevatten, zoals tabs, regeleinden of NUL (hier ${codePoint}).`,
      name_bidi_control: ({ codePoint }) =>
        `Een naam mag geen tekens bevatten die de tekstrichting omkeren of isoleren (hier ${codePoint}): daardoor leest de naam anders dan hoe hij is opgeslagen.`,
      name_invisible: () => "De naam bevat geen zichtbare tekens; voer een naam in.",
      name_invisible_character: ({ codePoint }) => `De naam bevat een onzichtbaar teken (${codePoint}); typ de naam opnieuw in plaats van hem te plakken.`,
      email_required: () => "Voer een e-mailadres in.",
      email_too_long: ({ length, limit }, f) => `Een e-mailadres mag maximaal ${f.count(limit)} tekens lang zijn; dit adres heeft er ${f.count(length)}.`,
      email_malformed_unicode: () => "Het e-mailadres bevat een beschadigd teken (de helft van een emoji of symbool); typ het opnieuw.",
      email_whitespace: () => "Een e-mailadres mag geen spaties, tabs of regeleinden bevatten.",
      email_invisible_character: ({ codePoint }) =>
        `Het e-mailadres bevat een onzichtbaar teken of besturingsteken (${codePoint}); typ het opnieuw in plaats van het te plakken.`,
      email_lookalike_at: ({ email, character }) => `${quote(email)} gebruikt "${character}", dat op "@" lijkt maar het niet is; typ de "@" opnieuw.`,
      email_missing_at: ({ email }) => `In ${quote(email)} ontbreekt een "@".`,
      email_local_missing: () => 'Vul het deel vóór de "@" in.',
      email_domain_missing: () => 'Vul het domein na de "@" in, zoals example.com.',
      email_local_too_long: ({ length, limit }, f) => `Het deel vóór de "@" mag maximaal ${f.count(limit)} tekens lang zijn; dit deel heeft er ${f.count(length)}.`,
      email_local_invalid_character: ({ character }) =>
        `Het deel vóór de "@" bevat "${character}", wat daar niet is toegestaan; gebruik letters A–Z, cijfers en tekens zoals . _ + -.`,
      email_local_dots: () => 'Het deel vóór de "@" mag niet met een punt beginnen of eindigen en mag geen twee punten achter elkaar bevatten.',
      email_domain_invalid: ({ domain, character }) =>
        character === undefined
          ? `Het domein ${quote(domain)} is geen geldige domeinnaam.`
          : `Het domein ${quote(domain)} bevat "${character}", wat niet in een domeinnaam mag staan.`,
      email_domain_mixed_script: ({ domain, label, scripts }, f) =>
        `Het domein ${quote(domain)} combineert ${f.list(scripts.map((script) => SCRIPTS[script] ?? script))} letters in ${quote(label)}, een veelgebruikte manier om een ander domein na te bootsen; typ het in één alfabet.`,
      email_domain_numeric: ({ domain }) =>
        `Het domein ${quote(domain)} eindigt op een getal; een e-mailadres heeft een domeinnaam zoals example.com nodig, geen IP-adres.`,
      email_domain_no_dot: ({ domain }) => `Het domein ${quote(domain)} moet een punt bevatten, zoals example.com.`,
      email_label_too_long: ({ label, length, limit }, f) =>
        `Elk deel van het domein tussen twee punten mag maximaal ${f.count(limit)} tekens lang zijn; ${quote(label)} heeft er ${f.count(length)}.`,
      role_required: () => "Kies een rol.",
      role_unknown: ({ role, roles }, f) => `${quote(role)} is hier geen rol; kies ${f.list(roles, "disjunction")}.`,
      groups_invalid: () => "Groepen moeten een lijst met groeps-ID's zijn.",
      groups_unknown: ({ groups, count }, f) => `${f.plural(count, { one: "Onbekende groep", other: "Onbekende groepen" })}: ${f.list(groups)}.`,
      metadata_too_large: (params, f) =>
        "bytes" in params
          ? `De metagegevens zijn ${f.count(params.bytes)} bytes; de limiet is ${f.count(params.limit)} bytes.`
          : `De metagegevens zijn ${f.count(params.length)} tekens lang; de limiet is ${f.count(params.limit)} bytes, dus ze zijn niet gelezen. Verwijder een deel ervan.`,
      metadata_not_object: ({ type }) => `Metagegevens moeten een JSON-object zijn, zoals {"team": "design"}; dit is ${JSON_TYPE[type]}.`,
      metadata_not_flat: ({ key, type }) =>
        `Metagegevens moeten plat zijn: ${quote(key)} bevat ${JSON_TYPE[type]}; gebruik een tekenreeks, getal, booleaanse waarde of null.`,
      metadata_number_out_of_range: ({ key }) => `Het getal ${quote(key)} in de metagegevens is te groot om op te slaan; schrijf het als tekenreeks.`,
      metadata_malformed_unicode: ({ key }) =>
        `Het item ${quote(key)} in de metagegevens bevat een beschadigd teken (de helft van een emoji of symbool) dat niet kan worden opgeslagen.`,
      metadata_nul_character: ({ key }) =>
        `Het item ${quote(key)} in de metagegevens bevat een NUL-teken (\\u0000), dat databases niet kunnen opslaan; verwijder het.`,
      json_unexpected_end: ({ expected }) => unexpected(expected, ""),
      json_unexpected_character: ({ expected, found }) => unexpected(expected, found),
      json_trailing_content: ({ found }) => `Onverwacht ${shown(found)} na het einde van de JSON-waarde.`,
      json_unterminated_string: () => "Niet-afgesloten tekenreeks: er ontbreekt een afsluitend dubbel aanhalingsteken.",
      json_control_character: ({ codePoint }) => `Het besturingsteken ${codePoint} moet binnen tekenreeksen worden ge-escapet.`,
      json_invalid_escape: ({ escape }) =>
        `Ongeldige escape "${escape}" in een tekenreeks${escape.startsWith("\\u") ? ": na \\u moeten vier hexadecimale cijfers volgen" : ""}.`,
      json_duplicate_key: ({ key }) => `De sleutel ${quote(key, 40)} komt twee keer voor in hetzelfde object; elke sleutel mag maar één keer voorkomen.`,
      json_forbidden_key: ({ key }) => `De sleutel ${quote(key, 40)} is niet toegestaan.`,
      json_too_deep: ({ limit }, f) => `De JSON nest objecten en arrays meer dan ${f.count(limit)} niveaus diep; dat is de limiet.`,
      json_too_long: ({ length, limit }, f) => `De tekst is ${f.count(length)} tekens lang; de limiet is ${f.count(limit)}.`,
      json_not_text: ({ type }) => `JSON-tekst verwacht, geen ${type}.`,
    },
    console: {
      allUsers: "Alle gebruikers",
      scopeLabel: "Werkruimte",
      loadingTitle: "Laden…",
      seatCountHint: "Actieve, uitgenodigde en aangevraagde leden tellen mee; gearchiveerde en inactieve leden niet.",
      partFailed: ({ part }) =>
        `${CONSOLE_PART[part]} kon door een fout niet worden weergegeven. De rest van de pagina werkt nog${part === "invite" ? " en niets van wat je hebt ingevoerd, is verloren gegaan" : ""}.`,
      partRetry: "Opnieuw proberen",
      partClose: "Sluiten",
      partLoading: ({ part }) =>
        part === "invite" ? "Het uitnodigingsformulier wordt geopend…" : `${CONSOLE_PART[part]} wordt geladen…`,
    },
  },
};
