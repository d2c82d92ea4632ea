import type { RosterLocale, RosterMessages } from "../react/messages";
import { describeCharacter, quoteText } from "../react/format";

/** What a person typed, in „…“, cut by {@link quoteText} so that a pasted megabyte never fills the screen. */
const quote = (text: string, max?: number): string => quoteText(text, "„", "“", max);
/** A character as a message names it: in „…“ when it can be seen, by its code point (`U+0009`) when not. */
const character = (char: string): string => describeCharacter(char, "„", "“");

const statusLabels: RosterMessages["status"]["label"] = {
  requested: "Angefragt",
  invited: "Eingeladen",
  active: "Aktiv",
  archived: "Archiviert",
  inactive: "Inaktiv",
};

/** A status as the predicate of a sentence: "… ist archiviert". */
function statusWord(status: keyof RosterMessages["status"]["label"]): string {
  return statusLabels[status].toLowerCase();
}

const statusActions: RosterMessages["confirm"]["confirm"] = {
  archive: "Benutzer archivieren",
  unarchive: "Archivierung aufheben",
  archiveInstance: "In der Instanz archivieren",
  unarchiveInstance: "Archivierung in der Instanz aufheben",
  deactivate: "Deaktivieren",
  reactivate: "Reaktivieren",
};

const invitedDescription = "Eingeladen; die Annahme der Einladung steht noch aus.";
const noGroups = "Dieser Arbeitsbereich hat keine Gruppen.";

/** A JSON type as the predicate of a sentence: "… ist ein Objekt". */
const jsonType = {
  null: "null",
  array: "ein Array",
  object: "ein Objekt",
  string: "ein String",
  number: "eine Zahl",
  boolean: "ein boolescher Wert",
  other: "ein Wert, den JSON nicht darstellen kann",
} as const;

/** What a JSON parser expected where it stopped, other than a value. */
const jsonExpected = {
  propertyName: "Erwartet wurde ein Eigenschaftsname in doppelten Anführungszeichen",
  colon: "Erwartet wurde „:“",
  commaOrBracket: "Erwartet wurde „,“ oder „]“ nach einem Array-Element",
  commaOrBrace: "Erwartet wurde „,“ oder „}“ nach einem Eigenschaftswert",
} as const;

/** The alphabets a domain may mix to imitate another one, by their English names (as the core names them). */
const scriptNames: Readonly<Record<string, string>> = {
  Latin: "Lateinisch",
  Cyrillic: "Kyrillisch",
  Greek: "Griechisch",
  Armenian: "Armenisch",
  Cherokee: "Cherokee",
};

/** The kit's columns by name: the table's headers and the export's choices say the same. */
const columnNames = {
  name: "Name",
  email: "E-Mail",
  status: "Status",
  role: "Rolle",
  groups: "Gruppen",
  invitedAt: "Eingeladen",
  lastActiveAt: "Zuletzt aktiv",
} as const;

/** German (`rosterkit/locales/de`): every message of the kit, formal register ("Sie"). */
export const de: RosterLocale = {
  locale: "de",
  messages: {
    status: {
      label: statusLabels,
      description: {
        archive: {
          requested: "Eingeladen, aber noch ohne Konto; die Registrierung steht noch aus.",
          invited: invitedDescription,
          active: "Hat Zugriff.",
          archived: "Kein Zugriff. Beim Aufheben der Archivierung wird eine neue Einladung gesendet.",
        },
        deactivate: {
          invited: invitedDescription,
          active: "Hat Zugriff.",
          inactive: "Kann sich nicht anmelden und nicht zugewiesen werden. Durch Reaktivieren wird der Zugriff sofort wiederhergestellt.",
        },
      },
    },
    actions: {
      ...statusActions,
      menuLabel: ({ name }) => `Aktionen für ${name}`,
      resendInvitation: "Einladung erneut senden",
      copyInvitationLink: "Einladungslink kopieren",
      edit: "Rolle und Gruppen bearbeiten",
      viewDetails: "Details anzeigen",
      archiveRevokesHint: "Widerruft die ausstehende Einladung.",
      invitationLinkField: ({ name }) => `Einladungslink von ${name}`,
      invitationFailed: ({ reason }) => `Die Einladung konnte nicht verarbeitet werden: ${reason}`,
    },
    member: {
      you: "Sie",
      superAdmin: "Super-Admin",
      unnamed: "(kein Name)",
      noGroups: "Keine Gruppen",
      moreGroups: ({ count }, f) => `+${f.count(count)} weitere`,
      groupsLabel: ({ name }) => `Gruppen von ${name}`,
      neverActive: "Nie",
    },
    confirm: {
      title: {
        archive: ({ name }) => `${name} archivieren?`,
        unarchive: ({ name }) => `Archivierung von ${name} aufheben?`,
        archiveInstance: ({ name }) => `${name} in der gesamten Instanz archivieren?`,
        unarchiveInstance: ({ name }) => `Archivierung von ${name} in der Instanz aufheben?`,
        deactivate: ({ name }) => `${name} deaktivieren?`,
        reactivate: ({ name }) => `${name} reaktivieren?`,
      },
      confirm: statusActions,
      pending: {
        archive: "Wird archiviert…",
        unarchive: "Archivierung wird aufgehoben…",
        archiveInstance: "Wird archiviert…",
        unarchiveInstance: "Archivierung wird aufgehoben…",
        deactivate: "Wird deaktiviert…",
        reactivate: "Wird reaktiviert…",
      },
      cancel: "Abbrechen",
      consequencesLabel: "Auswirkungen",
      accessLostWorkspace: ({ name, workspace }) =>
        `${name} verliert den Zugriff auf ${workspace}. Andere Arbeitsbereiche dieser Person sind nicht betroffen.`,
      accessLostInstance: ({ name }) =>
        `${name} kann sich nicht mehr anmelden und verliert den Zugriff auf alle Arbeitsbereiche. Eine erneute Einladung ist erst möglich, wenn ein Super-Admin die Archivierung aufhebt.`,
      accessLostDeactivate: ({ name }) =>
        `${name} kann sich nicht mehr anmelden, erhält keine Benachrichtigungen mehr und kann keinen neuen Datensätzen zugewiesen werden.`,
      accessRestoredReactivate: ({ name }) => `${name} kann sich sofort wieder anmelden, mit der bisherigen Rolle und den bisherigen Gruppen.`,
      accessRestoredUnarchive: ({ name, workspace }) =>
        `${name} wird erneut zu ${workspace} eingeladen und erhält wieder Zugriff, sobald die Einladung angenommen wird.`,
      accessRestoredInstance: ({ name }) =>
        `${name} kann sich wieder anmelden und erneut eingeladen werden. Die Mitgliedschaften bleiben archiviert, bis die Admins des jeweiligen Arbeitsbereichs die Archivierung aufheben.`,
      workspacesAffected: ({ workspaces }, f) =>
        f.plural(workspaces.length, {
          one: `Betroffener Arbeitsbereich: ${f.list(workspaces)}.`,
          other: `Betroffene Arbeitsbereiche: ${f.list(workspaces)}.`,
        }),
      invitationRevoked: "Der ausstehende Einladungslink wird ungültig.",
      emailSent: ({ email }) => `Eine Einladungs-E-Mail wird an ${email} gesendet.`,
      noEmailSent: "Es wird keine E-Mail gesendet.",
      seatChange: ({ before, after, workspace }, f) =>
        `${workspace === undefined ? "Kostenpflichtige Plätze" : `Kostenpflichtige Plätze in ${workspace}`}: ${f.count(before)} → ${f.count(after)}.`,
      seatDelta: ({ delta, workspace }, f) => {
        const seats = f.plural(Math.abs(delta), { one: "# kostenpflichtigen Platz", other: "# kostenpflichtige Plätze" });
        const where = workspace === undefined ? "" : ` in ${workspace}`;
        return delta < 0 ? `Gibt ${seats}${where} frei.` : `Belegt ${seats}${where}.`;
      },
      seatUnchanged: "Die Zahl der kostenpflichtigen Plätze ändert sich nicht.",
      nothingDeleted: "Von dieser Person erstellte Inhalte werden nicht gelöscht.",
      instanceUnarchived: ({ name }) =>
        `Die Archivierung von ${name} wird auch auf Instanzebene aufgehoben, sodass eine Anmeldung wieder möglich ist.`,
      conflict: ({ name }) =>
        `${name} wurde von einer anderen Person geändert, während dieser Dialog geöffnet war. Es wurde nichts übernommen; prüfen Sie den aktuellen Stand.`,
      failed: ({ name, reason }) => `${name} wurde nicht geändert: ${reason}`,
      retry: "Erneut versuchen",
      close: "Schließen",
      startAgain: "Neu beginnen",
      currentStatus: "Aktueller Status",
      currentRole: "Aktuelle Rolle",
    },
    invite: {
      openButton: "Mitglieder einladen",
      title: "Mitglieder einladen",
      description: ({ workspace }) => `Jede Person erhält eine Einladungs-E-Mail, um ${workspace} beizutreten.`,
      inviteeLegend: ({ index }, f) => `Person ${f.count(index)}`,
      nameLabel: "Name",
      emailLabel: "E-Mail",
      roleLabel: "Rolle",
      rolePlaceholder: "Rolle auswählen",
      groupsLabel: "Gruppen",
      groupsHint: "Beliebig viele Gruppen.",
      metadataLabel: "Metadaten (JSON)",
      metadataHint: 'Ein JSON-Objekt, z. B. {"team": "design"}.',
      optional: "optional",
      required: "erforderlich",
      addInvitee: "Weitere Person hinzufügen",
      removeInvitee: ({ index }, f) => `Person ${f.count(index)} entfernen`,
      submit: ({ count }, f) => f.plural(count, { one: "Einladung senden", other: "# Einladungen senden" }),
      submitting: "Wird gesendet…",
      cancel: "Abbrechen",
      close: "Schließen",
      metadataPosition: ({ message, line, column }, f) => `Zeile ${f.count(line)}, Spalte ${f.count(column)}: ${message}`,
      duplicate: ({ email, status }) => `${email} ist in diesem Arbeitsbereich bereits ${status.toLowerCase()}.`,
      offerUnarchive: ({ email }) => `${email} ist in diesem Arbeitsbereich archiviert. Stattdessen die Archivierung aufheben?`,
      offerReactivate: ({ email }) => `${email} ist in diesem Arbeitsbereich inaktiv. Stattdessen reaktivieren?`,
      archivedInInstance: ({ email }) => `${email} ist auf Instanzebene archiviert. Ein Super-Admin muss die Archivierung zuerst aufheben.`,
      fieldRefused: "Der Server hat diesen Wert nicht akzeptiert. Prüfen Sie ihn und versuchen Sie es erneut.",
      errorSummary: ({ count }, f) => f.plural(count, { one: "Beheben Sie # Fehler, um fortzufahren.", other: "Beheben Sie # Fehler, um fortzufahren." }),
      errorSummaryEntry: ({ field, person, people, error }, f) =>
        people === 1 ? `${field}: ${error}` : `${field} von Person ${f.count(person)}: ${error}`,
      resultsTitle: "Einladungen",
      resultInvited: ({ email }) => `${email}: eingeladen.`,
      resultRequested: ({ email }) => `${email}: angefragt; die Person wird gebeten, ein Konto zu erstellen.`,
      resultFailed: ({ email, reason }) => `${email}: nicht eingeladen. ${reason}`,
      resultSummary: ({ sent, failed }, f) =>
        failed === 0
          ? f.plural(sent, { one: "# Einladung gesendet.", other: "# Einladungen gesendet." })
          : `${f.plural(sent, { one: "# Einladung gesendet", other: "# Einladungen gesendet" })}, ${f.plural(failed, { one: "# fehlgeschlagen", other: "# fehlgeschlagen" })}.`,
      copyLink: ({ email }) => `Einladungslink für ${email} kopieren`,
      inviteMore: "Weitere einladen",
      retryFailed: "Fehlgeschlagene bearbeiten und erneut versuchen",
      unarchiveInstead: "Stattdessen Archivierung aufheben",
      reactivateInstead: "Stattdessen reaktivieren",
      invitationLinkLabel: ({ email }) => `Einladungslink für ${email}`,
      copied: "Kopiert",
      emailConverted: ({ typed, stored, email }) =>
        `Die Domain ${quote(typed)} wird als ${quote(stored)} gespeichert, in der Form, die E-Mail-Systeme für internationale Domains verwenden: Die Einladung geht an ${email}.`,
      requestFailed: ({ reason }) => `Es wurde nichts gesendet: ${reason} Alle Eingaben bleiben erhalten.`,
      retry: "Erneut versuchen",
      noGroups,
    },
    bulkInvite: {
      modeLabel: "Einladungsart",
      modeSingle: "Einzeln",
      modeBulk: "Aus einer Liste oder CSV-Datei",
      fileLabel: "CSV-Datei",
      fileHint: ({ limit }, f) =>
        `Eine Kopfzeile, dann eine Person pro Zeile, in den Spalten name, email, role, groups (getrennt durch ; oder |) und metadata (JSON). Bis zu ${f.count(limit)} Personen.`,
      template: "CSV-Vorlage herunterladen",
      pasteLabel: "Oder E-Mail-Adressen einfügen",
      pasteHint:
        "Eine pro Zeile oder durch Kommas getrennt, z. B. ada@example.com oder Ada Lovelace <ada@example.com>. Auch eine aus einer Tabellenkalkulation kopierte Tabelle funktioniert.",
      addPasted: "Zur Liste hinzufügen",
      defaultRoleLabel: "Rolle für Zeilen ohne Rolle",
      reading: "Wird gelesen…",
      loading: "Wird geladen…",
      load: {
        empty: () => "Darin ist niemand zum Einladen: Fügen Sie unter einer Kopfzeile eine Person pro Zeile hinzu.",
        no_email_column: ({ columns }, f) =>
          `Keine Spalte enthält E-Mail-Adressen. Die erste Zeile muss die Spalten benennen (name, email, role, groups, metadata); sie enthält: ${columns.length === 0 ? "nichts" : f.list(columns)}.`,
        repeated_column: ({ field, columns }, f) =>
          `Die Spalten ${f.list(columns)} enthalten alle ${
            { name: "den Namen", email: "die E-Mail-Adresse", role: "die Rolle", groups: "die Gruppen", metadata: "die Metadaten" }[field]
          }; behalten Sie nur eine davon.`,
        too_many_rows: ({ limit, count }, f) =>
          `Es können höchstens ${f.count(limit)} Personen auf einmal eingeladen werden; ${count === null ? "hier sind es mehr" : `hier sind es ${f.count(count)}`}. Teilen Sie die Liste in kleinere Dateien auf.`,
        unclosed_quote: ({ row }, f) =>
          `Zeile ${f.count(row)} öffnet ein Feld in Anführungszeichen, das nie geschlossen wird, daher kann der Rest nicht gelesen werden. Schließen Sie das Anführungszeichen.`,
        not_text: () => "Dies ist keine Textdatei. Speichern Sie die Tabelle als CSV (UTF-8) und wählen Sie diese Datei aus.",
      },
      loadRefused: ({ reason }) => `Es wurde nichts hinzugefügt: ${reason} Die Zeilen, die bereits in der Liste sind, bleiben erhalten.`,
      ignoredColumns: ({ columns }, f) => `Ignorierte Spalten: ${f.list(columns)}.`,
      previewTitle: "Einzuladende Personen",
      previewSummary: ({ total, invited, ready, invalid }, f) =>
        `${f.plural(total, { one: "# Person", other: "# Personen" })}: ${invited > 0 ? `${f.count(invited)} eingeladen, ` : ""}${f.count(ready)} bereit, ${f.count(invalid)} zu korrigieren.`,
      rowColumn: "Zeile",
      statusColumn: "Status",
      fieldLabel: ({ field, row }, f) => `${field}, Zeile ${f.count(row)}`,
      removeRow: ({ row }, f) => `Zeile ${f.count(row)} entfernen`,
      removeInvalid: ({ count }, f) => f.plural(count, { one: "Die Zeile mit einem Problem entfernen", other: "Die # Zeilen mit Problemen entfernen" }),
      onlyToFix: "Nur die zu korrigierenden Zeilen anzeigen",
      duplicateInFile: ({ row }, f) => `Dieselbe E-Mail-Adresse wie in Zeile ${f.count(row)}.`,
      outcome: {
        ready: "Bereit",
        invalid: "Zu korrigieren",
        queued: "Wartet",
        sending: "Wird gesendet",
        invited: "Eingeladen",
        refused: "Nicht eingeladen",
        failed: "Nicht gesendet",
      },
      notSent: ({ reason }) => `Nicht gesendet: ${reason} Versuchen Sie es erneut, um die Zeile noch einmal zu senden.`,
      send: ({ count }, f) => f.plural(count, { one: "# Einladung senden", other: "# Einladungen senden" }),
      nothingToSend: "Korrigieren oder entfernen Sie die Zeilen mit Problemen, um zu senden.",
      progressLabel: "Einladungen werden gesendet",
      progress: ({ done, total }, f) => `${f.count(done)} von ${f.count(total)} gesendet`,
      cancel: "Nach diesem Stapel anhalten",
      cancelling: "Wird nach diesem Stapel angehalten…",
      resultSummary: ({ invited, notInvited }, f) =>
        notInvited === 0
          ? f.plural(invited, { one: "# Einladung gesendet.", other: "# Einladungen gesendet." })
          : `${f.plural(invited, { one: "# Einladung gesendet", other: "# Einladungen gesendet" })}; ${f.plural(notInvited, {
              one: "# Person wurde nicht eingeladen: Korrigieren Sie die Zeile und versuchen Sie es erneut",
              other: "# Personen wurden nicht eingeladen: Korrigieren Sie ihre Zeilen und versuchen Sie es erneut",
            })}.`,
      retryFailed: ({ count }, f) => f.plural(count, { one: "# Zeile erneut versuchen", other: "# Zeilen erneut versuchen" }),
      startOver: "Von vorn beginnen",
    },
    memberEdit: {
      title: ({ name }) => `Rolle und Gruppen von ${name} bearbeiten`,
      roleLabel: "Rolle",
      groupsLabel: "Gruppen",
      save: "Änderungen speichern",
      saving: "Wird gespeichert…",
      cancel: "Abbrechen",
      conflict: ({ name }) =>
        `${name} wurde von einer anderen Person geändert. Die aktuelle Rolle und die aktuellen Gruppen werden angezeigt; prüfen Sie sie und speichern Sie erneut.`,
      failed: ({ reason }) => `Nicht gespeichert: ${reason} Ihre Auswahl bleibt erhalten.`,
      retry: "Erneut versuchen",
      startAgain: "Aktuelle Werte bearbeiten",
      currentValues: "Aktuelle Werte",
      noGroups,
    },
    table: {
      workspaceCaption: ({ workspace }) => `Mitglieder von ${workspace}`,
      instanceCaption: "Alle Benutzer",
      columns: {
        ...columnNames,
        workspaces: "Arbeitsbereiche",
        actions: "Aktionen",
      },
      sortBy: ({ column }) => `Nach ${column} sortieren`,
      sortedAscending: "aufsteigend sortiert",
      sortedDescending: "absteigend sortiert",
      searchLabel: "Mitglieder durchsuchen",
      searchPlaceholder: "Nach Name oder E-Mail suchen",
      clearSearch: "Suche löschen",
      statusFilterLabel: "Status",
      roleFilterLabel: "Rolle",
      allStatuses: "Alle Status",
      allRoles: "Alle Rollen",
      clearFilters: "Filter zurücksetzen",
      loading: "Mitglieder werden geladen…",
      empty: "Noch keine Mitglieder",
      emptyHint: "Laden Sie Personen ein, um ihnen Zugriff zu geben.",
      noMatches: "Keine passenden Mitglieder",
      noMatchesHint: "Versuchen Sie eine andere Suche oder setzen Sie die Filter zurück.",
      errorTitle: "Mitglieder konnten nicht geladen werden",
      retry: "Erneut versuchen",
      scrollHint: "Scrollen Sie seitlich, um alle Spalten zu sehen.",
      paginationLabel: "Seitennavigation",
      pageRange: ({ from, to, total }, f) =>
        total === null ? `${f.count(from)}–${f.count(to)}` : `${f.count(from)}–${f.count(to)} von ${f.count(total)}`,
      pageOf: ({ page, pages }, f) => `Seite ${f.count(page)} von ${f.count(pages)}`,
      previousPage: "Vorherige Seite",
      nextPage: "Nächste Seite",
      firstPage: "Erste Seite",
      lastPage: "Letzte Seite",
      pageSize: "Zeilen pro Seite",
      billableSeats: ({ count }, f) => f.plural(count, { one: "# kostenpflichtiger Platz", other: "# kostenpflichtige Plätze" }),
      memberCount: ({ count }, f) => f.plural(count, { "=0": "Keine Mitglieder", one: "# Mitglied", other: "# Mitglieder" }),
      selectRow: ({ name }) => `${name} auswählen`,
      selectPage: "Alle Mitglieder auf dieser Seite auswählen",
      selectedCount: ({ count }, f) => f.plural(count, { one: "# ausgewählt", other: "# ausgewählt" }),
      clearSelection: "Auswahl aufheben",
      selectionToggle: "Auswählen",
      selectionOn: "Auswahl an: Jede Zeile hat jetzt ein Kontrollkästchen.",
      selectionOff: "Auswahl aus.",
      bulkArchive: "Auswahl archivieren",
      bulkDeactivate: "Auswahl deaktivieren",
      bulkTitle: ({ count, action }, f) =>
        f.plural(
          count,
          action === "archive"
            ? { one: "# Mitglied archivieren?", other: "# Mitglieder archivieren?" }
            : { one: "# Mitglied deaktivieren?", other: "# Mitglieder deaktivieren?" },
        ),
      bulkDescription: ({ action }) =>
        `${
          action === "archive"
            ? "Archivierte Mitglieder verlieren den Zugriff auf diesen Arbeitsbereich, und ihre ausstehenden Einladungen werden ungültig."
            : "Deaktivierte Mitglieder können sich nicht mehr anmelden."
        } Jedes Mitglied wird einzeln geändert: Mitglieder, die Sie nicht ändern dürfen, werden übersprungen, und jedes Ergebnis wird aufgeführt. Es wird nichts gelöscht.`,
      bulkConfirm: ({ count, action }, f) =>
        f.plural(
          count,
          action === "archive"
            ? { one: "# Mitglied archivieren", other: "# Mitglieder archivieren" }
            : { one: "# Mitglied deaktivieren", other: "# Mitglieder deaktivieren" },
        ),
      bulkApplying: "Wird angewendet…",
      bulkResultsLabel: "Ergebnisse",
      bulkSucceeded: ({ name, status }) => `${name}: jetzt ${status.toLowerCase()}.`,
      bulkRefused: ({ name, reason }) => `${name}: nicht geändert. ${reason}`,
      bulkFailed: ({ name, reason }) => `${name}: fehlgeschlagen. ${reason}`,
      bulkWaiting: ({ name }) => `${name}: wartet…`,
      bulkSummary: ({ succeeded, refused, failed }, f) =>
        `${f.list([
          `${f.count(succeeded)} geändert`,
          ...(refused > 0 ? [`${f.count(refused)} abgelehnt`] : []),
          ...(failed > 0 ? [`${f.count(failed)} fehlgeschlagen`] : []),
        ])}.`,
      close: "Schließen",
      unsupported: ({ feature }) =>
        `Der Server kann ${
          {
            search: "nicht suchen",
            filterByStatus: "nicht nach Status filtern",
            filterByRole: "nicht nach Rolle filtern",
            filterByMetadata: "nicht nach diesem Feld filtern",
            sort: "nicht nach dieser Spalte sortieren",
            page: "nicht zu dieser Seite wechseln",
          }[feature]
        }; nur die angezeigte Seite zu filtern, würde Mitglieder ausblenden.`,
      membershipCount: ({ count }, f) => f.plural(count, { "=0": "Keine Arbeitsbereiche", one: "# Arbeitsbereich", other: "# Arbeitsbereiche" }),
      noMetadataValue: "Nicht festgelegt",
      anyValue: "Alle Werte",
    },
    export: {
      trigger: "CSV exportieren",
      title: "Mitglieder als CSV exportieren",
      description: ({ filtered }) =>
        `${filtered ? "Alle Mitglieder, die der aktuellen Suche und den Filtern entsprechen" : "Alle Mitglieder dieser Liste"}, in der aktuellen Sortierung, über alle Seiten.`,
      columnsLegend: "Spalten",
      columns: {
        ...columnNames,
        metadata: "Alle Metadaten (JSON)",
      },
      noColumns: "Wählen Sie mindestens eine Spalte aus.",
      submit: "Exportieren",
      cancel: "Abbrechen",
      progress: ({ count }, f) =>
        f.plural(count, { "=0": "Wird exportiert…", one: "Wird exportiert… bisher # Mitglied", other: "Wird exportiert… bisher # Mitglieder" }),
      stop: "Export anhalten",
      done: ({ count, fileName }, f) =>
        f.plural(count, {
          "=0": `Keine Mitglieder in ${fileName} exportiert.`,
          one: `# Mitglied in ${fileName} exportiert.`,
          other: `# Mitglieder in ${fileName} exportiert.`,
        }),
      failed: ({ reason }) => `Der Export ist fehlgeschlagen: ${reason} Ihre Auswahl bleibt erhalten; versuchen Sie es erneut.`,
      retry: "Erneut versuchen",
      close: "Schließen",
    },
    details: {
      title: ({ name }) => `Details zu ${name}`,
      close: "Details schließen",
      status: "Status",
      email: "E-Mail",
      role: "Rolle",
      groups: "Gruppen",
      workspaces: "Arbeitsbereiche",
      metadata: "Metadaten",
      noMetadata: "Keine",
      invitedAt: "Eingeladen",
      lastActiveAt: "Zuletzt aktiv",
      actions: "Aktionen",
      loading: "Mitglied wird geladen…",
      otherWorkspaces: "Weitere Arbeitsbereiche",
    },
    activity: {
      timelineTitle: "Verlauf",
      logTitle: "Aktivität",
      showLog: "Aktivität",
      showMembers: "Mitglieder",
      viewsLabel: "Ansicht",
      byline: {
        invite: ({ actor }) => `Eingeladen von ${actor}`,
        acceptInvitation: ({ actor, self }) => (self ? "Einladung angenommen" : `Einladung angenommen von ${actor}`),
        resendInvitation: ({ actor }) => `Einladung erneut gesendet von ${actor}`,
        revokeInvitation: ({ actor }) => `Einladung widerrufen von ${actor}`,
        archive: ({ actor }) => `Archiviert von ${actor}`,
        unarchive: ({ actor }) => `Archivierung aufgehoben von ${actor}`,
        deactivate: ({ actor }) => `Deaktiviert von ${actor}`,
        reactivate: ({ actor }) => `Reaktiviert von ${actor}`,
        changeRole: ({ actor }) => `Rolle geändert von ${actor}`,
        changeGroups: ({ actor, self }) => (self ? "Eigene Gruppen geändert" : `Gruppen geändert von ${actor}`),
        updateMember: ({ actor, self }) => (self ? "Eigene Angaben aktualisiert" : `Aktualisiert von ${actor}`),
      },
      sentence: {
        invite: ({ actor, target }) => `${actor} hat ${target} eingeladen`,
        acceptInvitation: ({ target }) => `${target} hat die Einladung angenommen`,
        resendInvitation: ({ actor, target }) => `${actor} hat die Einladung an ${target} erneut gesendet`,
        revokeInvitation: ({ actor, target }) => `${actor} hat die Einladung von ${target} widerrufen`,
        archive: ({ actor, target }) => `${actor} hat ${target} archiviert`,
        unarchive: ({ actor, target }) => `${actor} hat die Archivierung von ${target} aufgehoben`,
        deactivate: ({ actor, target }) => `${actor} hat ${target} deaktiviert`,
        reactivate: ({ actor, target }) => `${actor} hat ${target} reaktiviert`,
        changeRole: ({ actor, target }) => `${actor} hat die Rolle von ${target} geändert`,
        changeGroups: ({ actor, target, self }) => (self ? `${target} hat die eigenen Gruppen geändert` : `${actor} hat die Gruppen von ${target} geändert`),
        updateMember: ({ actor, target, self }) => (self ? `${target} hat die eigenen Angaben aktualisiert` : `${actor} hat ${target} aktualisiert`),
      },
      instanceLevel: "Alle Arbeitsbereiche",
      when: ({ date, relative }) => `${date} (${relative})`,
      statusChange: ({ before, after }) => (before === null ? `Neuer Status: ${after}` : `Status geändert: ${before} → ${after}`),
      roleChange: ({ before, after }) => (before === null ? `Rolle: ${after}` : `Rolle: ${before} → ${after}`),
      groupsAdded: ({ groups }, f) => `Hinzugefügt zu ${f.list(groups)}`,
      groupsRemoved: ({ groups }, f) => `Entfernt aus ${f.list(groups)}`,
      someone: "Jemand",
      actionFilter: "Aktion",
      allActions: "Alle Aktionen",
      actionName: {
        invite: "Eingeladen",
        acceptInvitation: "Einladung angenommen",
        resendInvitation: "Einladung erneut gesendet",
        revokeInvitation: "Einladung widerrufen",
        archive: "Archiviert",
        unarchive: "Archivierung aufgehoben",
        deactivate: "Deaktiviert",
        reactivate: "Reaktiviert",
        changeRole: "Rolle geändert",
        changeGroups: "Gruppen geändert",
        updateMember: "Aktualisiert",
      },
      personFilter: "Beteiligte Person",
      personHint: "Ein Name oder eine E-Mail-Adresse aus dem Verlauf.",
      personRole: "Beteiligung",
      personAsActor: "Hat die Änderung vorgenommen",
      personAsTarget: "Wurde geändert",
      personUnknown: ({ text }) => `Niemand im Verlauf entspricht ${quote(text)}. Wählen Sie einen Namen aus der Liste oder leeren Sie das Feld.`,
      applyFilters: "Filtern",
      clearFilters: "Filter zurücksetzen",
      filtersLabel: "Aktivität filtern",
      loading: "Aktivität wird geladen…",
      loadMore: "Mehr laden",
      loadingMore: "Weitere werden geladen…",
      emptyTimeline: "Noch keine Änderungen erfasst.",
      emptyLog: "Noch keine Aktivität erfasst.",
      emptyFiltered: "Keine Aktivität entspricht diesen Filtern.",
      end: "Das ist der gesamte Verlauf.",
      failed: ({ reason }) => `Die Aktivität konnte nicht geladen werden. ${reason}`,
      retry: "Erneut versuchen",
      loaded: ({ count, more }, f) =>
        `${f.plural(count, { "=0": "Keine Ereignisse angezeigt.", one: "# Ereignis angezeigt.", other: "# Ereignisse angezeigt." })}${more ? " Ältere Ereignisse können geladen werden." : ""}`,
    },
    announcements: {
      statusChanged: ({ name, status }) => `${name} ist jetzt ${status.toLowerCase()}.`,
      statusChangeFailed: ({ name, reason }) => `${name} wurde nicht geändert: ${reason}`,
      statusConflict: ({ name, status }) =>
        `${name} wurde nicht geändert: Eine andere Person hat zuvor Änderungen vorgenommen.${status === null ? "" : ` Aktueller Status: ${status}.`} Prüfen Sie den aktuellen Stand.`,
      invitationsSent: ({ count }, f) => f.plural(count, { one: "# Einladung gesendet.", other: "# Einladungen gesendet." }),
      invitationResent: ({ email }) => `Einladung erneut an ${email} gesendet.`,
      linkCopied: "Einladungslink kopiert.",
      linkCopyFailed: "Der Einladungslink konnte nicht kopiert werden.",
      memberUpdated: ({ name }) => `${name} wurde aktualisiert.`,
      listLoaded: ({ count, total }, f) =>
        total === null
          ? f.plural(count, { "=0": "Keine Mitglieder angezeigt.", one: "# Mitglied angezeigt.", other: "# Mitglieder angezeigt." })
          : f.plural(total, { "=0": "Keine Mitglieder gefunden.", one: "# Mitglied gefunden.", other: "# Mitglieder gefunden." }),
      sortChanged: ({ column, direction }) => `Sortiert nach ${column}, ${direction === "asc" ? "aufsteigend" : "absteigend"}.`,
    },
    errors: {
      forbidden: "Dazu sind Sie nicht berechtigt.",
      not_found: "Dieses Mitglied existiert nicht mehr.",
      conflict: "Dieses Mitglied wurde von einer anderen Person geändert. Prüfen Sie den aktuellen Stand und versuchen Sie es erneut.",
      validation: "Einige Felder müssen korrigiert werden.",
      last_admin: "Dadurch hätte ein Arbeitsbereich keinen aktiven Admin mehr.",
      archived_in_instance: "Dieser Benutzer ist auf Instanzebene archiviert. Ein Super-Admin muss die Archivierung zuerst aufheben.",
      duplicate: "Diese Person ist bereits Mitglied des Arbeitsbereichs.",
      invalid_transition: "Diese Aktion ist für den aktuellen Status des Mitglieds nicht möglich.",
      rate_limited: "Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.",
      idempotency_mismatch:
        "Diese Anfrage wurde abgelehnt, weil sie eine frühere, abweichende Anfrage wiederholt hat. Es wurde nichts geändert; versuchen Sie es erneut.",
      limit_exceeded: "Diese Anfrage ist zu groß. Senden Sie weniger Personen oder weniger Daten auf einmal.",
      network: "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
      timeout: "Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
      unknown: "Etwas ist schiefgelaufen. Versuchen Sie es erneut.",
    },
    denials: {
      "R1.notMember": () => "Nur Mitglieder dieses Arbeitsbereichs können seine Mitglieder sehen.",
      "R1.notAdmin": ({ verb }) =>
        `Nur Admins dieses Arbeitsbereichs können ${
          {
            invite: "Mitglieder einladen",
            archive: "Mitglieder archivieren",
            unarchive: "die Archivierung von Mitgliedern aufheben",
            deactivate: "Mitglieder deaktivieren",
            reactivate: "Mitglieder reaktivieren",
            edit: "Mitglieder bearbeiten",
          }[verb]
        }.`,
      "R1.activityAdminsOnly": () => "Nur Admins dieses Arbeitsbereichs können seine Aktivitäten sehen.",
      "R2.notSuperAdmin": ({ verb }) =>
        `Nur Super-Admins können ${
          {
            archiveInstance: "auf Instanzebene archivieren",
            unarchiveInstance: "die Archivierung auf Instanzebene aufheben",
            viewInstanceUsers: "„Alle Benutzer“ der Instanz sehen",
            viewInstanceActivity: "die Aktivitäten der gesamten Instanz sehen",
          }[verb]
        }.`,
      "R2.instanceArchived": ({ name }) => `${name} ist auf Instanzebene archiviert; nur ein Super-Admin kann die Archivierung aufheben.`,
      "R2.instanceScope": () =>
        "Auf Instanzebene lassen sich Benutzer nur archivieren und ihre Archivierung aufheben; öffnen Sie für andere Aktionen einen Arbeitsbereich.",
      "R4.self": () => "Sie können Ihren eigenen Status nicht ändern: Bitten Sie einen anderen Admin darum, damit Sie sich nicht selbst aussperren.",
      "R4.superAdmin": ({ part }) =>
        `Nur Super-Admins können ${{ status: "den Status", role: "die Rolle", groups: "die Gruppen" }[part]} eines Super-Admins ändern.`,
      "R5.unknownRole": ({ role }) => `${quote(role)} ist keine Rolle dieses Arbeitsbereichs.`,
      "R5.noWorkspace": () => "Mitglieder werden in einen Arbeitsbereich eingeladen: Wählen Sie einen aus, um einzuladen.",
      "R5.nothingToChange": ({ name }) => `Für ${name} gibt es nichts zu ändern: Geben Sie eine neue Rolle, neue Gruppen oder beides an.`,
      "R5.unknownGroups": ({ workspaceName, groups, count }, f) => {
        const names = f.list(groups.map((group) => quote(group)));
        return f.plural(count, {
          one: `In ${workspaceName} gibt es keine Gruppe ${names}; wählen Sie Gruppen dieses Arbeitsbereichs.`,
          other: `In ${workspaceName} gibt es die Gruppen ${names} nicht; wählen Sie Gruppen dieses Arbeitsbereichs.`,
        });
      },
      "R7.alreadyMember": ({ email, status }) => `${email} ist in diesem Arbeitsbereich bereits ${statusWord(status)}.`,
      "R7.restoreInstead": ({ email, status, offer }) =>
        `${email} ist in diesem Arbeitsbereich ${statusWord(status)}: ${
          offer === "unarchive" ? "Heben Sie die Archivierung auf" : "Reaktivieren Sie die Person"
        }, statt sie erneut einzuladen.`,
      "R8.archivedInInstance": ({ email }) =>
        `${email} ist auf Instanzebene archiviert und kann nicht eingeladen werden. Ein Super-Admin muss zuerst die Archivierung aufheben.`,
      "R10.noPendingInvitation": ({ name, verb }) =>
        `${name} hat keine ausstehende Einladung${verb === "resendInvitation" ? ", die erneut gesendet werden könnte" : ""}.`,
      "R10.cloudLinks": () =>
        "Einladungslinks können nur in selbst gehosteten Installationen kopiert werden; in der Cloud werden Einladungen per E-Mail verschickt.",
      "R11.alreadyArchived": ({ name }) => `${name} ist in diesem Arbeitsbereich bereits archiviert.`,
      "R12.alreadyArchived": ({ name }) => `${name} ist bereits auf Instanzebene archiviert.`,
      "R12.accountArchived": () => "Dieses Konto ist archiviert; bitten Sie einen Super-Admin, die Archivierung aufzuheben.",
      "R13.notArchived": ({ name, status }) =>
        `Nur bei Benutzern, die auf Instanzebene archiviert sind, kann dort die Archivierung aufgehoben werden; ${name} ist ${statusWord(status)}.`,
      "R14.notArchived": ({ name, status }) =>
        `Die Archivierung kann nur bei archivierten Mitgliedern aufgehoben werden; ${name} ist ${statusWord(status)}.`,
      "R15.lastAdmin": ({ name, verb, workspaceNames, count }, f) =>
        `Außer ${name} gibt es in ${f.list(workspaceNames)} keinen aktiven Admin; ${
          {
            archive: "durch die Archivierung",
            archiveInstance: "durch die Archivierung auf Instanzebene",
            deactivate: "durch die Deaktivierung",
            changeRole: "durch das Entfernen der Admin-Rolle",
          }[verb]
        } ${f.plural(count, { one: "hätte dieser Arbeitsbereich", other: "hätten diese Arbeitsbereiche" })} keinen Admin mehr. Machen Sie zuerst eine andere Person zum Admin.`,
      "R17.notActive": ({ name, status }) => `Nur aktive Mitglieder können deaktiviert werden; ${name} ist ${statusWord(status)}.`,
      "R18.notInactive": ({ name, status }) => `Nur inaktive Mitglieder können reaktiviert werden; ${name} ist ${statusWord(status)}.`,
      "R24.otherLifecycle": ({ verb, lifecycle }) =>
        `${
          {
            archive: "Mitglieder können hier nicht archiviert werden",
            unarchive: "Die Archivierung von Mitgliedern kann hier nicht aufgehoben werden",
            deactivate: "Mitglieder können hier nicht deaktiviert werden",
            reactivate: "Mitglieder können hier nicht reaktiviert werden",
          }[verb]
        }: Dieser Arbeitsbereich arbeitet stattdessen mit ${lifecycle === "archive" ? "Archivieren und Aufheben der Archivierung" : "Deaktivieren und Reaktivieren"}.`,
      "R24.notActive": ({ name, status, part }) =>
        `Nur bei aktiven Mitgliedern ${part === "role" ? "kann die Rolle" : "können die Gruppen"} geändert werden; ${name} ist ${statusWord(status)}.`,
      "R27.notPending": () => "Diese Einladung steht nicht mehr aus.",
    },
    validation: {
      name_required: () => "Geben Sie einen Namen ein.",
      name_too_long: ({ length, limit }, f) => `Ein Name darf höchstens ${f.count(limit)} Zeichen lang sein; dieser hat ${f.count(length)}.`,
      name_malformed_unicode: () => "Der Name enthält ein beschädigtes Zeichen (die Hälfte eines Emojis oder Symbols); geben Sie ihn erneut ein.",
      name_control_character: ({ codePoint }) =>
        `Ein Name darf keine Steuerzeichen wie Tabulatoren, Zeilenumbrüche oder NUL enthalten (hier ${codePoint}).`,
      name_bidi_control: ({ codePoint }) =>
        `Ein Name darf keine Zeichen enthalten, die die Schreibrichtung umkehren oder isolieren (hier ${codePoint}): Sie lassen ihn anders lesen, als er gespeichert ist.`,
      name_invisible: () => "Der Name enthält keine sichtbaren Zeichen; geben Sie einen Namen ein.",
      name_invisible_character: ({ codePoint }) =>
        `Der Name enthält ein unsichtbares Zeichen (${codePoint}); tippen Sie ihn neu ein, statt ihn einzufügen.`,
      email_required: () => "Geben Sie eine E-Mail-Adresse ein.",
      email_too_long: ({ length, limit }, f) =>
        `Eine E-Mail-Adresse darf höchstens ${f.count(limit)} Zeichen lang sein; diese hat ${f.count(length)}.`,
      email_malformed_unicode: () =>
        "Die E-Mail-Adresse enthält ein beschädigtes Zeichen (die Hälfte eines Emojis oder Symbols); geben Sie sie erneut ein.",
      email_whitespace: () => "Eine E-Mail-Adresse darf keine Leerzeichen, Tabulatoren oder Zeilenumbrüche enthalten.",
      email_invisible_character: ({ codePoint }) =>
        `Die E-Mail-Adresse enthält ein unsichtbares Zeichen oder Steuerzeichen (${codePoint}); tippen Sie sie neu ein, statt sie einzufügen.`,
      email_lookalike_at: ({ email, character: lookalike }) =>
        `${quote(email)} enthält „${lookalike}“, das wie „@“ aussieht, aber keines ist; geben Sie das „@“ neu ein.`,
      email_missing_at: ({ email }) => `In ${quote(email)} fehlt ein „@“.`,
      email_local_missing: () => "Ergänzen Sie den Teil vor dem „@“.",
      email_domain_missing: () => "Ergänzen Sie die Domain nach dem „@“, z. B. example.com.",
      email_local_too_long: ({ length, limit }, f) =>
        `Der Teil vor dem „@“ darf höchstens ${f.count(limit)} Zeichen lang sein; dieser hat ${f.count(length)}.`,
      email_local_invalid_character: ({ character: invalid }) =>
        `Der Teil vor dem „@“ enthält „${invalid}“, das dort nicht erlaubt ist; verwenden Sie die Buchstaben A–Z, Ziffern und Zeichen wie . _ + -.`,
      email_local_dots: () => "Der Teil vor dem „@“ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.",
      email_domain_invalid: ({ domain, character: invalid }) =>
        invalid === undefined
          ? `Die Domain ${quote(domain)} ist kein gültiger Domainname.`
          : `Die Domain ${quote(domain)} enthält „${invalid}“, das in einem Domainnamen nicht vorkommen darf.`,
      email_domain_mixed_script: ({ domain, label, scripts }, f) => {
        const names = f.list(scripts.map((script) => scriptNames[script] ?? script));
        return `Die Domain ${quote(domain)} mischt in ${quote(label)} Buchstaben der Schriften ${names}, ein gängiger Trick, um eine andere Domain nachzuahmen; schreiben Sie sie in einem einzigen Alphabet.`;
      },
      email_domain_numeric: ({ domain }) =>
        `Die Domain ${quote(domain)} endet auf eine Zahl; eine E-Mail-Adresse braucht einen Domainnamen wie example.com, keine IP-Adresse.`,
      email_domain_no_dot: ({ domain }) => `Die Domain ${quote(domain)} braucht einen Punkt, z. B. example.com.`,
      email_label_too_long: ({ label, length, limit }, f) =>
        `Jeder Teil der Domain zwischen zwei Punkten darf höchstens ${f.count(limit)} Zeichen lang sein; ${quote(label)} hat ${f.count(length)}.`,
      role_required: () => "Wählen Sie eine Rolle aus.",
      role_unknown: ({ role, roles }, f) => `${quote(role)} ist hier keine Rolle; wählen Sie ${f.list(roles, "disjunction")}.`,
      groups_invalid: () => "Gruppen müssen eine Liste von Gruppen-IDs sein.",
      groups_unknown: ({ groups, count }, f) =>
        f.plural(count, { one: `Unbekannte Gruppe: ${f.list(groups)}.`, other: `Unbekannte Gruppen: ${f.list(groups)}.` }),
      metadata_too_large: (params, f) =>
        "bytes" in params
          ? `Die Metadaten sind ${f.count(params.bytes)} Byte groß; die Grenze liegt bei ${f.count(params.limit)} Byte.`
          : `Die Metadaten sind ${f.count(params.length)} Zeichen lang; die Grenze liegt bei ${f.count(params.limit)} Byte, daher wurden sie nicht gelesen. Entfernen Sie einen Teil davon.`,
      metadata_not_object: ({ type }) => `Metadaten müssen ein JSON-Objekt wie {"team": "design"} sein, nicht ${jsonType[type]}.`,
      metadata_not_flat: ({ key, type }) =>
        `Metadaten müssen flach sein: Der Wert von ${quote(key)} ist ${jsonType[type]}; verwenden Sie einen String, eine Zahl, einen booleschen Wert oder null.`,
      metadata_number_out_of_range: ({ key }) => `Die Zahl unter dem Metadaten-Schlüssel ${quote(key)} ist zu groß zum Speichern; schreiben Sie sie als String.`,
      metadata_malformed_unicode: ({ key }) =>
        `Der Metadaten-Eintrag ${quote(key)} enthält ein beschädigtes Zeichen (die Hälfte eines Emojis oder Symbols), das nicht gespeichert werden kann.`,
      metadata_nul_character: ({ key }) =>
        `Der Metadaten-Eintrag ${quote(key)} enthält ein NUL-Zeichen (\\u0000), das Datenbanken nicht speichern können; entfernen Sie es.`,
      json_unexpected_end: ({ expected }) =>
        expected === "value" ? "Unerwartetes Ende des Textes: Ein Wert fehlt." : `${jsonExpected[expected]}, aber der Text ist zu Ende.`,
      json_unexpected_character: ({ expected, found }) =>
        expected === "value"
          ? `Unerwartetes Zeichen ${character(found)}: Erwartet wurde ein Wert.`
          : `${jsonExpected[expected]}, gefunden wurde aber ${character(found)}.`,
      json_trailing_content: ({ found }) => `Unerwartetes Zeichen ${character(found)} nach dem Ende des JSON-Werts.`,
      json_unterminated_string: () => "Nicht abgeschlossener String: Ein schließendes doppeltes Anführungszeichen fehlt.",
      json_control_character: ({ codePoint }) => `Das Steuerzeichen ${codePoint} muss in Strings maskiert werden.`,
      json_invalid_escape: ({ escape }) =>
        `Ungültige Escape-Sequenz ${quote(escape)} in einem String${escape.startsWith("\\u") ? ": \\u erfordert vier Hexadezimalziffern" : ""}.`,
      json_duplicate_key: ({ key }) => `Der Schlüssel ${quote(key, 40)} kommt im selben Objekt zweimal vor; jeder Schlüssel darf nur einmal vorkommen.`,
      json_forbidden_key: ({ key }) => `Der Schlüssel ${quote(key, 40)} ist nicht erlaubt.`,
      json_too_deep: ({ limit }, f) => `Das JSON verschachtelt Objekte und Arrays mehr als ${f.count(limit)} Ebenen tief; mehr ist nicht erlaubt.`,
      json_too_long: ({ length, limit }, f) => `Der Text ist ${f.count(length)} Zeichen lang; die Grenze liegt bei ${f.count(limit)}.`,
      json_not_text: ({ type }) => `Erwartet wurde JSON-Text, kein Wert vom Typ ${quote(type)}.`,
    },
    console: {
      allUsers: "Alle Benutzer",
      scopeLabel: "Arbeitsbereich",
      loadingTitle: "Wird geladen…",
      seatCountHint: "Aktive, eingeladene und angefragte Mitglieder zählen, archivierte und inaktive nicht.",
      partFailed: ({ part }) =>
        `${
          {
            "seat-count": "Die Zahl der kostenpflichtigen Plätze konnte",
            "scope-switcher": "Die Auswahl des Arbeitsbereichs konnte",
            invite: "Das Einladungsformular konnte",
            table: "Die Mitgliedertabelle konnte",
            details: "Die Details des Mitglieds konnten",
            confirm: "Der Bestätigungsdialog konnte",
            activity: "Die Aktivität konnte",
            export: "Der CSV-Export konnte",
            bulk: "Die Sammelaktionen konnten",
            menu: "Das Aktionsmenü konnte",
          }[part]
        } wegen eines Fehlers nicht angezeigt werden. Der Rest der Seite funktioniert weiterhin${part === "invite" ? ", und Ihre Eingaben bleiben erhalten" : ""}.`,
      partRetry: "Erneut versuchen",
      partClose: "Schließen",
      partLoading: ({ part }) =>
        ({
          "seat-count": "Die Zahl der kostenpflichtigen Plätze wird geladen…",
          "scope-switcher": "Die Auswahl des Arbeitsbereichs wird geladen…",
          invite: "Das Einladungsformular wird geöffnet…",
          table: "Die Mitgliedertabelle wird geladen…",
          details: "Die Details des Mitglieds werden geladen…",
          confirm: "Der Bestätigungsdialog wird geladen…",
          activity: "Die Aktivität wird geladen…",
          export: "Der CSV-Export wird geöffnet…",
          bulk: "Die Sammelaktionen werden geladen…",
          menu: "Das Aktionsmenü wird geöffnet…",
        })[part],
    },
  },
};
