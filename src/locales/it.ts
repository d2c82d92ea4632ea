import type { RosterLocale, RosterMessages } from "../react/messages";
import { describeCharacter, quoteText } from "../react/format";

/** What a person typed, in «…», cut by {@link quoteText} so that a pasted megabyte never fills the screen. */
const quote = (text: string, max?: number): string => quoteText(text, "«", "»", max);
/** A character as a message names it: in «…» when it can be seen, by its code point (`U+0009`) when not. */
const character = (char: string): string => describeCharacter(char, "«", "»");

const statusLabels: RosterMessages["status"]["label"] = {
  requested: "Richiesto",
  invited: "Invitato",
  active: "Attivo",
  archived: "Archiviato",
  inactive: "Inattivo",
};

/** A member's status, named by its badge: "… ha lo stato «Archiviato»" (agrees with any name). */
function hasStatus(name: string, status: keyof RosterMessages["status"]["label"]): string {
  return `${name} ha lo stato ${quote(statusLabels[status])}`;
}

const statusActions: RosterMessages["confirm"]["confirm"] = {
  archive: "Archivia utente",
  unarchive: "Annulla archiviazione",
  archiveInstance: "Archivia nell'istanza",
  unarchiveInstance: "Annulla archiviazione nell'istanza",
  deactivate: "Disattiva",
  reactivate: "Riattiva",
};

const invitedDescription = "Invito inviato; in attesa di accettazione.";
const noGroups = "Questa area di lavoro non ha gruppi.";
const emailLabel = "Indirizzo email";

/** A JSON type, with its article: "… non un oggetto". */
const jsonType = {
  null: "null",
  array: "un array",
  object: "un oggetto",
  string: "una stringa",
  number: "un numero",
  boolean: "un booleano",
  other: "un valore che JSON non può rappresentare",
} as const;

/** What a JSON parser expected where it stopped, other than a value. */
const jsonExpected = {
  propertyName: "Era previsto un nome di proprietà tra virgolette doppie",
  colon: "Era previsto «:»",
  commaOrBracket: "Era previsto «,» o «]» dopo un elemento dell'array",
  commaOrBrace: "Era previsto «,» o «}» dopo il valore di una proprietà",
} as const;

/** The alphabets a domain may mix to imitate another one, by their English names (as the core names them). */
const scriptNames: Readonly<Record<string, string>> = {
  Latin: "latino",
  Cyrillic: "cirillico",
  Greek: "greco",
  Armenian: "armeno",
  Cherokee: "cherokee",
};

/** The kit's columns by name: the table's headers and the export's choices say the same. */
const columnNames = {
  name: "Nome",
  email: emailLabel,
  status: "Stato",
  role: "Ruolo",
  groups: "Gruppi",
  invitedAt: "Invito",
  lastActiveAt: "Ultima attività",
} as const;

/** Italian (`rosterkit/locales/it`): every message of the kit, addressing the reader as "tu". */
export const it: RosterLocale = {
  locale: "it",
  messages: {
    status: {
      label: statusLabels,
      description: {
        archive: {
          requested: "Invito inviato a una persona senza account; in attesa della registrazione.",
          invited: invitedDescription,
          active: "Ha accesso.",
          archived: "Nessun accesso. Annullando l'archiviazione viene inviato un nuovo invito.",
        },
        deactivate: {
          invited: invitedDescription,
          active: "Ha accesso.",
          inactive: "Non può accedere né ricevere assegnazioni. La riattivazione ripristina subito l'accesso.",
        },
      },
    },
    actions: {
      ...statusActions,
      menuLabel: ({ name }) => `Azioni per ${name}`,
      resendInvitation: "Invia di nuovo l'invito",
      copyInvitationLink: "Copia link di invito",
      edit: "Modifica ruolo e gruppi",
      viewDetails: "Visualizza dettagli",
      archiveRevokesHint: "Revoca l'invito in sospeso.",
      invitationLinkField: ({ name }) => `Link di invito di ${name}`,
      invitationFailed: ({ reason }) => `Impossibile gestire l'invito: ${reason}`,
    },
    member: {
      you: "Tu",
      superAdmin: "Super amministratore",
      unnamed: "(senza nome)",
      noGroups: "Nessun gruppo",
      moreGroups: ({ count }, f) => `+${f.count(count)} altri`,
      groupsLabel: ({ name }) => `Gruppi di ${name}`,
      neverActive: "Mai",
    },
    confirm: {
      title: {
        archive: ({ name }) => `Archiviare ${name}?`,
        unarchive: ({ name }) => `Annullare l'archiviazione di ${name}?`,
        archiveInstance: ({ name }) => `Archiviare ${name} nell'intera istanza?`,
        unarchiveInstance: ({ name }) => `Annullare l'archiviazione di ${name} nell'istanza?`,
        deactivate: ({ name }) => `Disattivare ${name}?`,
        reactivate: ({ name }) => `Riattivare ${name}?`,
      },
      confirm: statusActions,
      pending: {
        archive: "Archiviazione…",
        unarchive: "Annullamento dell'archiviazione…",
        archiveInstance: "Archiviazione…",
        unarchiveInstance: "Annullamento dell'archiviazione…",
        deactivate: "Disattivazione…",
        reactivate: "Riattivazione…",
      },
      cancel: "Annulla",
      consequencesLabel: "Cosa succede",
      accessLostWorkspace: ({ name, workspace }) =>
        `${name} perde l'accesso a ${workspace}. Le altre aree di lavoro di questa persona non sono interessate.`,
      accessLostInstance: ({ name }) =>
        `${name} non può più accedere e perde l'accesso a tutte le aree di lavoro. Non sarà possibile invitare questa persona finché un super amministratore non ne annulla l'archiviazione.`,
      accessLostDeactivate: ({ name }) => `${name} non può più accedere, non riceve più notifiche e non può ricevere nuove assegnazioni.`,
      accessRestoredReactivate: ({ name }) => `${name} può accedere di nuovo subito, con il ruolo e i gruppi che aveva prima.`,
      accessRestoredUnarchive: ({ name, workspace }) => `${name} riceve un nuovo invito a ${workspace} e riottiene l'accesso non appena lo accetta.`,
      accessRestoredInstance: ({ name }) =>
        `${name} può di nuovo accedere e ricevere inviti. Le sue appartenenze alle aree di lavoro restano archiviate finché gli amministratori di ciascuna area non ne annullano l'archiviazione.`,
      workspacesAffected: ({ workspaces }, f) =>
        f.plural(workspaces.length, {
          one: `Area di lavoro interessata: ${f.list(workspaces)}.`,
          many: `Aree di lavoro interessate: ${f.list(workspaces)}.`,
          other: `Aree di lavoro interessate: ${f.list(workspaces)}.`,
        }),
      invitationRevoked: "Il link di invito in sospeso smette di funzionare.",
      emailSent: ({ email }) => `Viene inviata un'email di invito a ${email}.`,
      noEmailSent: "Non viene inviata alcuna email.",
      seatChange: ({ before, after, workspace }, f) =>
        `${workspace === undefined ? "Postazioni fatturabili" : `Postazioni fatturabili in ${workspace}`}: ${f.count(before)} → ${f.count(after)}.`,
      seatDelta: ({ delta, workspace }, f) => {
        const seats = f.plural(Math.abs(delta), {
          one: "# postazione fatturabile",
          many: "# di postazioni fatturabili",
          other: "# postazioni fatturabili",
        });
        const where = workspace === undefined ? "" : ` in ${workspace}`;
        return delta < 0 ? `Libera ${seats}${where}.` : `Occupa ${seats}${where}.`;
      },
      seatUnchanged: "Le postazioni fatturabili non cambiano.",
      nothingDeleted: "Non viene eliminato nulla di ciò che questa persona ha creato.",
      instanceUnarchived: ({ name }) => `L'archiviazione viene annullata anche a livello di istanza: ${name} può accedere di nuovo.`,
      conflict: ({ name }) =>
        `Qualcun altro ha modificato ${name} mentre questa finestra era aperta. Non è stato applicato nulla; controlla lo stato attuale.`,
      failed: ({ name, reason }) => `Impossibile modificare ${name}: ${reason}`,
      retry: "Riprova",
      close: "Chiudi",
      startAgain: "Ricomincia",
      currentStatus: "Stato attuale",
      currentRole: "Ruolo attuale",
    },
    invite: {
      openButton: "Invita membri",
      title: "Invita membri",
      description: ({ workspace }) => `Ogni persona riceve un'email di invito per unirsi a ${workspace}.`,
      inviteeLegend: ({ index }, f) => `Persona ${f.count(index)}`,
      nameLabel: "Nome",
      emailLabel,
      roleLabel: "Ruolo",
      rolePlaceholder: "Scegli un ruolo",
      groupsLabel: "Gruppi",
      groupsHint: "Qualsiasi numero di gruppi.",
      metadataLabel: "Metadati (JSON)",
      metadataHint: 'Un oggetto JSON, ad esempio {"team": "design"}.',
      optional: "facoltativo",
      required: "obbligatorio",
      addInvitee: "Aggiungi un'altra persona",
      removeInvitee: ({ index }, f) => `Rimuovi persona ${f.count(index)}`,
      submit: ({ count }, f) => f.plural(count, { one: "Invia invito", many: "Invia # di inviti", other: "Invia # inviti" }),
      submitting: "Invio in corso…",
      cancel: "Annulla",
      close: "Chiudi",
      metadataPosition: ({ message, line, column }, f) => `Riga ${f.count(line)}, colonna ${f.count(column)}: ${message}`,
      duplicate: ({ email, status }) => `${email} ha già lo stato ${quote(status)} in questa area di lavoro.`,
      offerUnarchive: ({ email }) => `L'appartenenza di ${email} a questa area di lavoro è archiviata. Vuoi annullare l'archiviazione?`,
      offerReactivate: ({ email }) => `L'appartenenza di ${email} a questa area di lavoro è inattiva. Vuoi riattivarla?`,
      archivedInInstance: ({ email }) =>
        `L'account ${email} è archiviato a livello di istanza. Un super amministratore deve prima annullarne l'archiviazione.`,
      fieldRefused: "Il server non ha accettato questo valore. Controllalo e riprova.",
      errorSummary: ({ count }, f) =>
        f.plural(count, { one: "Correggi # errore per continuare.", many: "Correggi # di errori per continuare.", other: "Correggi # errori per continuare." }),
      errorSummaryEntry: ({ field, person, people, error }, f) =>
        people === 1 ? `${field}: ${error}` : `${field} della persona ${f.count(person)}: ${error}`,
      resultsTitle: "Inviti",
      resultInvited: ({ email }) => `${email}: invito inviato.`,
      resultRequested: ({ email }) => `${email}: richiesta registrata; alla persona verrà chiesto di creare un account.`,
      resultFailed: ({ email, reason }) => `${email}: invito non inviato. ${reason}`,
      resultSummary: ({ sent, failed }, f) =>
        failed === 0
          ? f.plural(sent, { one: "# invito inviato.", many: "# di inviti inviati.", other: "# inviti inviati." })
          : `${f.plural(sent, { one: "# invito inviato", many: "# di inviti inviati", other: "# inviti inviati" })}, ${f.plural(failed, { one: "# non riuscito", many: "# non riusciti", other: "# non riusciti" })}.`,
      copyLink: ({ email }) => `Copia il link di invito per ${email}`,
      inviteMore: "Invita altre persone",
      retryFailed: "Modifica e riprova quelli non riusciti",
      unarchiveInstead: "Annulla invece l'archiviazione",
      reactivateInstead: "Riattiva invece",
      invitationLinkLabel: ({ email }) => `Link di invito per ${email}`,
      copied: "Copiato",
      emailConverted: ({ typed, stored, email }) =>
        `Il dominio ${quote(typed)} verrà salvato come ${quote(stored)}, la forma usata dai sistemi di posta per i domini internazionali: l'invito verrà inviato a ${email}.`,
      requestFailed: ({ reason }) => `Non è stato inviato nulla: ${reason} Tutto ciò che hai digitato è stato conservato.`,
      retry: "Riprova",
      noGroups,
    },
    bulkInvite: {
      modeLabel: "Modalità di invito",
      modeSingle: "Uno alla volta",
      modeBulk: "Da un elenco o un CSV",
      fileLabel: "File CSV",
      fileHint: ({ limit }, f) =>
        `Una riga di intestazione, poi una persona per riga, nelle colonne name, email, role, groups (separati da ; o |) e metadata (JSON). Fino a ${f.count(limit)} persone.`,
      template: "Scarica il modello CSV",
      pasteLabel: "Oppure incolla indirizzi email",
      pasteHint:
        "Uno per riga o separati da virgole, ad esempio ada@example.com o Ada Lovelace <ada@example.com>. Funziona anche una tabella copiata da un foglio di calcolo.",
      addPasted: "Aggiungi all'elenco",
      defaultRoleLabel: "Ruolo per le righe senza ruolo",
      reading: "Lettura in corso…",
      loading: "Caricamento…",
      load: {
        empty: () => "Non c'è nessuno da invitare: aggiungi una persona per riga, sotto una riga di intestazione.",
        no_email_column: ({ columns }, f) =>
          `Nessuna colonna contiene indirizzi email. La prima riga deve indicare le colonne (name, email, role, groups, metadata); contiene: ${columns.length === 0 ? "niente" : f.list(columns)}.`,
        repeated_column: ({ field, columns }, f) =>
          `Le colonne ${f.list(columns)} contengono tutte ${
            { name: "il nome", email: "l'indirizzo email", role: "il ruolo", groups: "i gruppi", metadata: "i metadati" }[field]
          }; tienine una sola.`,
        too_many_rows: ({ limit, count }, f) =>
          `Puoi invitare al massimo ${f.count(limit)} persone alla volta; ${count === null ? "qui ce ne sono di più" : `qui ce ne sono ${f.count(count)}`}. Dividi l'elenco in file più piccoli.`,
        unclosed_quote: ({ row }, f) =>
          `La riga ${f.count(row)} apre un campo tra virgolette che non viene mai chiuso, quindi il resto non può essere letto. Chiudi le virgolette.`,
        not_text: () => "Questo non è un file di testo. Salva il foglio di calcolo come CSV (UTF-8) e scegli quel file.",
      },
      loadRefused: ({ reason }) => `Non è stato aggiunto niente: ${reason} Le righe già presenti nell'elenco sono state conservate.`,
      ignoredColumns: ({ columns }, f) => `Colonne ignorate: ${f.list(columns)}.`,
      previewTitle: "Persone da invitare",
      previewSummary: ({ total, invited, ready, invalid }, f) =>
        `${f.plural(total, { one: "# persona", many: "# di persone", other: "# persone" })}: ${invited > 0 ? `${f.plural(invited, { one: "# invitata", many: "# invitate", other: "# invitate" })}, ` : ""}${f.plural(ready, { one: "# pronta", many: "# pronte", other: "# pronte" })}, ${f.count(invalid)} da correggere.`,
      rowColumn: "Riga",
      statusColumn: "Stato",
      fieldLabel: ({ field, row }, f) => `${field}, riga ${f.count(row)}`,
      removeRow: ({ row }, f) => `Rimuovi riga ${f.count(row)}`,
      removeInvalid: ({ count }, f) =>
        f.plural(count, { one: "Rimuovi la riga con un problema", many: "Rimuovi le # di righe con problemi", other: "Rimuovi le # righe con problemi" }),
      onlyToFix: "Mostra solo le righe da correggere",
      duplicateInFile: ({ row }, f) => `Stesso indirizzo email della riga ${f.count(row)}.`,
      outcome: {
        ready: "Pronta",
        invalid: "Da correggere",
        queued: "In attesa",
        sending: "Invio in corso",
        invited: "Invitata",
        refused: "Non invitata",
        failed: "Non inviata",
      },
      notSent: ({ reason }) => `Non inviata: ${reason} Riprova per inviarla di nuovo.`,
      send: ({ count }, f) => f.plural(count, { one: "Invia # invito", many: "Invia # di inviti", other: "Invia # inviti" }),
      nothingToSend: "Correggi o rimuovi le righe con problemi per inviare.",
      progressLabel: "Invio degli inviti",
      progress: ({ done, total }, f) => `${f.count(done)} di ${f.count(total)} inviati`,
      cancel: "Interrompi dopo questo gruppo",
      cancelling: "Interruzione dopo questo gruppo…",
      resultSummary: ({ invited, notInvited }, f) =>
        notInvited === 0
          ? f.plural(invited, { one: "# invito inviato.", many: "# di inviti inviati.", other: "# inviti inviati." })
          : `${f.plural(invited, { one: "# invito inviato", many: "# di inviti inviati", other: "# inviti inviati" })}; ${f.plural(notInvited, {
              one: "# persona non è stata invitata: correggi la riga e riprova",
              many: "# di persone non sono state invitate: correggi le righe e riprova",
              other: "# persone non sono state invitate: correggi le righe e riprova",
            })}.`,
      retryFailed: ({ count }, f) => f.plural(count, { one: "Riprova # riga", many: "Riprova # di righe", other: "Riprova # righe" }),
      startOver: "Ricomincia",
    },
    memberEdit: {
      title: ({ name }) => `Modifica ruolo e gruppi di ${name}`,
      roleLabel: "Ruolo",
      groupsLabel: "Gruppi",
      save: "Salva modifiche",
      saving: "Salvataggio…",
      cancel: "Annulla",
      conflict: ({ name }) => `Qualcun altro ha modificato ${name}. Sono mostrati il ruolo e i gruppi attuali; controllali e salva di nuovo.`,
      failed: ({ reason }) => `Modifiche non salvate: ${reason} Le tue scelte sono state conservate.`,
      retry: "Riprova",
      startAgain: "Modifica i valori attuali",
      currentValues: "Valori attuali",
      noGroups,
    },
    table: {
      workspaceCaption: ({ workspace }) => `Membri di ${workspace}`,
      instanceCaption: "Tutti gli utenti",
      columns: {
        ...columnNames,
        workspaces: "Aree di lavoro",
        actions: "Azioni",
      },
      sortBy: ({ column }) => `Ordina per ${column}`,
      sortedAscending: "ordine crescente",
      sortedDescending: "ordine decrescente",
      searchLabel: "Cerca membri",
      searchPlaceholder: "Cerca per nome o email",
      clearSearch: "Cancella ricerca",
      statusFilterLabel: "Stato",
      roleFilterLabel: "Ruolo",
      allStatuses: "Tutti gli stati",
      allRoles: "Tutti i ruoli",
      clearFilters: "Cancella filtri",
      loading: "Caricamento dei membri…",
      empty: "Ancora nessun membro",
      emptyHint: "Invita persone per dare loro accesso.",
      noMatches: "Nessun membro corrispondente",
      noMatchesHint: "Prova un'altra ricerca o cancella i filtri.",
      errorTitle: "Impossibile caricare i membri",
      retry: "Riprova",
      scrollHint: "Scorri lateralmente per vedere tutte le colonne.",
      paginationLabel: "Paginazione",
      pageRange: ({ from, to, total }, f) =>
        total === null ? `${f.count(from)}–${f.count(to)}` : `${f.count(from)}–${f.count(to)} di ${f.count(total)}`,
      pageOf: ({ page, pages }, f) => `Pagina ${f.count(page)} di ${f.count(pages)}`,
      previousPage: "Pagina precedente",
      nextPage: "Pagina successiva",
      firstPage: "Prima pagina",
      lastPage: "Ultima pagina",
      pageSize: "Righe per pagina",
      billableSeats: ({ count }, f) =>
        f.plural(count, { one: "# postazione fatturabile", many: "# di postazioni fatturabili", other: "# postazioni fatturabili" }),
      memberCount: ({ count }, f) => f.plural(count, { "=0": "Nessun membro", one: "# membro", many: "# di membri", other: "# membri" }),
      selectRow: ({ name }) => `Seleziona ${name}`,
      selectPage: "Seleziona tutti i membri di questa pagina",
      selectedCount: ({ count }, f) => f.plural(count, { one: "# selezionato", many: "# selezionati", other: "# selezionati" }),
      clearSelection: "Cancella selezione",
      selectionToggle: "Seleziona",
      selectionOn: "Selezione attiva: ogni riga ha ora una casella di controllo.",
      selectionOff: "Selezione disattivata.",
      bulkArchive: "Archivia selezionati",
      bulkDeactivate: "Disattiva selezionati",
      bulkTitle: ({ count, action }, f) =>
        f.plural(
          count,
          action === "archive"
            ? { one: "Archiviare # membro?", many: "Archiviare # di membri?", other: "Archiviare # membri?" }
            : { one: "Disattivare # membro?", many: "Disattivare # di membri?", other: "Disattivare # membri?" },
        ),
      bulkDescription: ({ action }) =>
        `${
          action === "archive"
            ? "I membri archiviati perdono l'accesso a questa area di lavoro e i loro inviti in sospeso smettono di funzionare."
            : "I membri disattivati non possono più accedere."
        } Ogni membro viene modificato singolarmente: i membri che non puoi modificare vengono saltati e ogni risultato viene elencato. Non viene eliminato nulla.`,
      bulkConfirm: ({ count, action }, f) =>
        f.plural(
          count,
          action === "archive"
            ? { one: "Archivia # membro", many: "Archivia # di membri", other: "Archivia # membri" }
            : { one: "Disattiva # membro", many: "Disattiva # di membri", other: "Disattiva # membri" },
        ),
      bulkApplying: "Applicazione in corso…",
      bulkResultsLabel: "Risultati",
      bulkSucceeded: ({ name, status }) => `${name}: nuovo stato ${quote(status)}.`,
      bulkRefused: ({ name, reason }) => `${name}: nessuna modifica. ${reason}`,
      bulkFailed: ({ name, reason }) => `${name}: errore. ${reason}`,
      bulkWaiting: ({ name }) => `${name}: in attesa…`,
      bulkSummary: ({ succeeded, refused, failed }, f) =>
        `${f.list([
          f.plural(succeeded, { one: "# modificato", many: "# modificati", other: "# modificati" }),
          ...(refused > 0 ? [f.plural(refused, { one: "# rifiutato", many: "# rifiutati", other: "# rifiutati" })] : []),
          ...(failed > 0 ? [f.plural(failed, { one: "# non riuscito", many: "# non riusciti", other: "# non riusciti" })] : []),
        ])}.`,
      close: "Chiudi",
      unsupported: ({ feature }) =>
        `Il server non può ${
          {
            search: "eseguire ricerche",
            filterByStatus: "filtrare per stato",
            filterByRole: "filtrare per ruolo",
            filterByMetadata: "filtrare per questo campo",
            sort: "ordinare per questa colonna",
            page: "passare a questa pagina",
          }[feature]
        }; filtrare solo la pagina mostrata nasconderebbe dei membri.`,
      membershipCount: ({ count }, f) =>
        f.plural(count, { "=0": "Nessuna area di lavoro", one: "# area di lavoro", many: "# di aree di lavoro", other: "# aree di lavoro" }),
      noMetadataValue: "Non impostato",
      anyValue: "Tutti i valori",
    },
    export: {
      trigger: "Esporta CSV",
      title: "Esporta i membri in CSV",
      description: ({ filtered }) =>
        `${filtered ? "Tutti i membri che corrispondono alla ricerca e ai filtri attuali" : "Tutti i membri di questo elenco"}, nell'ordine attuale, su tutte le pagine.`,
      columnsLegend: "Colonne",
      columns: {
        ...columnNames,
        metadata: "Tutti i metadati (JSON)",
      },
      noColumns: "Scegli almeno una colonna.",
      submit: "Esporta",
      cancel: "Annulla",
      progress: ({ count }, f) =>
        f.plural(count, {
          "=0": "Esportazione…",
          one: "Esportazione… # membro finora",
          many: "Esportazione… # di membri finora",
          other: "Esportazione… # membri finora",
        }),
      stop: "Interrompi esportazione",
      done: ({ count, fileName }, f) =>
        f.plural(count, {
          "=0": `Nessun membro esportato in ${fileName}.`,
          one: `# membro esportato in ${fileName}.`,
          many: `# di membri esportati in ${fileName}.`,
          other: `# membri esportati in ${fileName}.`,
        }),
      failed: ({ reason }) => `Esportazione non riuscita: ${reason} La tua scelta è stata conservata; riprova.`,
      retry: "Riprova",
      close: "Chiudi",
    },
    details: {
      title: ({ name }) => `Dettagli di ${name}`,
      close: "Chiudi dettagli",
      status: "Stato",
      email: emailLabel,
      role: "Ruolo",
      groups: "Gruppi",
      workspaces: "Aree di lavoro",
      metadata: "Metadati",
      noMetadata: "Nessuno",
      invitedAt: "Invito",
      lastActiveAt: "Ultima attività",
      actions: "Azioni",
      loading: "Caricamento del membro…",
      otherWorkspaces: "Altre aree di lavoro",
    },
    activity: {
      timelineTitle: "Cronologia",
      logTitle: "Attività",
      showLog: "Attività",
      showMembers: "Membri",
      viewsLabel: "Vista",
      byline: {
        invite: ({ actor }) => `Invitato da ${actor}`,
        acceptInvitation: ({ actor, self }) => (self ? "Ha accettato l'invito" : `Invito accettato da ${actor}`),
        resendInvitation: ({ actor }) => `Invito inviato di nuovo da ${actor}`,
        revokeInvitation: ({ actor }) => `Invito revocato da ${actor}`,
        archive: ({ actor }) => `Archiviato da ${actor}`,
        unarchive: ({ actor }) => `Archiviazione annullata da ${actor}`,
        deactivate: ({ actor }) => `Disattivato da ${actor}`,
        reactivate: ({ actor }) => `Riattivato da ${actor}`,
        changeRole: ({ actor }) => `Ruolo modificato da ${actor}`,
        changeGroups: ({ actor, self }) => (self ? "Ha modificato i propri gruppi" : `Gruppi modificati da ${actor}`),
        updateMember: ({ actor, self }) => (self ? "Ha aggiornato i propri dati" : `Aggiornato da ${actor}`),
      },
      sentence: {
        invite: ({ actor, target }) => `${actor} ha invitato ${target}`,
        acceptInvitation: ({ target }) => `${target} ha accettato l'invito`,
        resendInvitation: ({ actor, target }) => `${actor} ha inviato di nuovo l'invito a ${target}`,
        revokeInvitation: ({ actor, target }) => `${actor} ha revocato l'invito di ${target}`,
        archive: ({ actor, target }) => `${actor} ha archiviato ${target}`,
        unarchive: ({ actor, target }) => `${actor} ha annullato l'archiviazione di ${target}`,
        deactivate: ({ actor, target }) => `${actor} ha disattivato ${target}`,
        reactivate: ({ actor, target }) => `${actor} ha riattivato ${target}`,
        changeRole: ({ actor, target }) => `${actor} ha modificato il ruolo di ${target}`,
        changeGroups: ({ actor, target, self }) => (self ? `${target} ha modificato i propri gruppi` : `${actor} ha modificato i gruppi di ${target}`),
        updateMember: ({ actor, target, self }) => (self ? `${target} ha aggiornato i propri dati` : `${actor} ha aggiornato i dati di ${target}`),
      },
      instanceLevel: "Tutte le aree di lavoro",
      when: ({ date, relative }) => `${date} (${relative})`,
      statusChange: ({ before, after }) => (before === null ? `Stato: ${after}` : `Stato: ${before} → ${after}`),
      roleChange: ({ before, after }) => (before === null ? `Ruolo: ${after}` : `Ruolo: ${before} → ${after}`),
      groupsAdded: ({ groups }, f) => `Aggiunta a ${f.list(groups)}`,
      groupsRemoved: ({ groups }, f) => `Rimozione da ${f.list(groups)}`,
      someone: "Qualcuno",
      actionFilter: "Azione",
      allActions: "Tutte le azioni",
      actionName: {
        invite: "Invito",
        acceptInvitation: "Invito accettato",
        resendInvitation: "Invito inviato di nuovo",
        revokeInvitation: "Invito revocato",
        archive: "Archiviazione",
        unarchive: "Annullamento archiviazione",
        deactivate: "Disattivazione",
        reactivate: "Riattivazione",
        changeRole: "Modifica del ruolo",
        changeGroups: "Modifica dei gruppi",
        updateMember: "Aggiornamento",
      },
      personFilter: "Persona",
      personHint: "Un nome o un indirizzo email della cronologia.",
      personRole: "Coinvolgimento",
      personAsActor: "Ha apportato la modifica",
      personAsTarget: "Ha ricevuto la modifica",
      personUnknown: ({ text }) => `Nessuno nella cronologia corrisponde a ${quote(text)}. Scegli un nome dall'elenco o svuota il campo.`,
      applyFilters: "Filtra",
      clearFilters: "Cancella filtri",
      filtersLabel: "Filtra l'attività",
      loading: "Caricamento dell'attività…",
      loadMore: "Carica altro",
      loadingMore: "Caricamento di altri eventi…",
      emptyTimeline: "Ancora nessuna modifica registrata.",
      emptyLog: "Ancora nessuna attività registrata.",
      emptyFiltered: "Nessuna attività corrisponde a questi filtri.",
      end: "Questa è l'intera cronologia.",
      failed: ({ reason }) => `Impossibile caricare l'attività. ${reason}`,
      retry: "Riprova",
      loaded: ({ count, more }, f) =>
        `${f.plural(count, {
          "=0": "Nessun evento mostrato.",
          one: "# evento mostrato.",
          many: "# di eventi mostrati.",
          other: "# eventi mostrati.",
        })}${more ? " È possibile caricare eventi meno recenti." : ""}`,
    },
    announcements: {
      statusChanged: ({ name, status }) => `Nuovo stato di ${name}: ${status}.`,
      statusChangeFailed: ({ name, reason }) => `Impossibile modificare ${name}: ${reason}`,
      statusConflict: ({ name, status }) =>
        `Nessuna modifica applicata a ${name}: qualcun altro ha apportato modifiche prima.${status === null ? "" : ` Stato attuale: ${status}.`} Controlla lo stato attuale.`,
      invitationsSent: ({ count }, f) => f.plural(count, { one: "# invito inviato.", many: "# di inviti inviati.", other: "# inviti inviati." }),
      invitationResent: ({ email }) => `Invito inviato di nuovo a ${email}.`,
      linkCopied: "Link di invito copiato.",
      linkCopyFailed: "Impossibile copiare il link di invito.",
      memberUpdated: ({ name }) => `Modifiche a ${name} salvate.`,
      listLoaded: ({ count, total }, f) =>
        total === null
          ? f.plural(count, { "=0": "Nessun membro mostrato.", one: "# membro mostrato.", many: "# di membri mostrati.", other: "# membri mostrati." })
          : f.plural(total, { "=0": "Nessun membro trovato.", one: "# membro trovato.", many: "# di membri trovati.", other: "# membri trovati." }),
      sortChanged: ({ column, direction }) => `Ordinato per ${column}, ${direction === "asc" ? "crescente" : "decrescente"}.`,
    },
    errors: {
      forbidden: "Non hai l'autorizzazione per eseguire questa azione.",
      not_found: "Questo membro non esiste più.",
      conflict: "Questo membro è stato modificato da qualcun altro. Controlla lo stato attuale e riprova.",
      validation: "Alcuni campi richiedono attenzione.",
      last_admin: "Un'area di lavoro resterebbe senza amministratori attivi.",
      archived_in_instance: "Questo utente è archiviato a livello di istanza. Un super amministratore deve prima annullarne l'archiviazione.",
      duplicate: "Questa persona è già membro dell'area di lavoro.",
      invalid_transition: "Questa azione non è applicabile allo stato attuale del membro.",
      rate_limited: "Troppe richieste. Attendi un momento e riprova.",
      idempotency_mismatch: "Questa richiesta è stata rifiutata perché ripeteva una richiesta precedente diversa. Non è stato modificato nulla; riprova.",
      limit_exceeded: "Questa richiesta è troppo grande. Invia meno persone o meno dati alla volta.",
      network: "Impossibile raggiungere il server. Controlla la connessione e riprova.",
      timeout: "Il server non ha risposto in tempo. Controlla la connessione e riprova.",
      unknown: "Si è verificato un errore. Riprova.",
    },
    denials: {
      "R1.notMember": () => "Solo i membri di questa area di lavoro possono vederne i membri.",
      "R1.notAdmin": ({ verb }) =>
        `Solo gli amministratori di questa area di lavoro possono ${
          {
            invite: "invitare membri",
            archive: "archiviare membri",
            unarchive: "annullare l'archiviazione dei membri",
            deactivate: "disattivare membri",
            reactivate: "riattivare membri",
            edit: "modificare membri",
          }[verb]
        }.`,
      "R1.activityAdminsOnly": () => "Solo gli amministratori di questa area di lavoro possono vederne l'attività.",
      "R2.notSuperAdmin": ({ verb }) =>
        `Solo i super amministratori possono ${
          {
            archiveInstance: "archiviare a livello di istanza",
            unarchiveInstance: "annullare l'archiviazione a livello di istanza",
            viewInstanceUsers: "vedere «Tutti gli utenti» dell'istanza",
            viewInstanceActivity: "vedere l'attività dell'intera istanza",
          }[verb]
        }.`,
      "R2.instanceArchived": ({ name }) =>
        `L'account di ${name} è archiviato a livello di istanza; solo un super amministratore può annullarne l'archiviazione.`,
      "R2.instanceScope": () =>
        "A livello di istanza, per gli utenti è possibile solo archiviare o annullare l'archiviazione; apri un'area di lavoro per le altre azioni.",
      "R4.self": () => "Non puoi modificare il tuo stato: chiedi a un altro amministratore, così non rischi di bloccarti l'accesso.",
      "R4.superAdmin": ({ part }) =>
        `Solo i super amministratori possono modificare ${{ status: "lo stato", role: "il ruolo", groups: "i gruppi" }[part]} di un super amministratore.`,
      "R5.unknownRole": ({ role }) => `${quote(role)} non è un ruolo di questa area di lavoro.`,
      "R5.noWorkspace": () => "I membri vengono invitati in un'area di lavoro: scegline una per invitare.",
      "R5.nothingToChange": ({ name }) => `Niente da modificare per ${name}: indica un nuovo ruolo, nuovi gruppi o entrambi.`,
      "R5.unknownGroups": ({ workspaceName, groups, count }, f) => {
        const names = f.list(groups.map((group) => quote(group)));
        const plural = `I gruppi ${names} non esistono in ${workspaceName}; scegli gruppi di questa area di lavoro.`;
        return f.plural(count, {
          one: `Il gruppo ${names} non esiste in ${workspaceName}; scegli gruppi di questa area di lavoro.`,
          many: plural,
          other: plural,
        });
      },
      "R7.alreadyMember": ({ email, status }) => `${email} ha già lo stato ${quote(statusLabels[status])} in questa area di lavoro.`,
      "R7.restoreInstead": ({ email, status, offer }) =>
        `${hasStatus(email, status)} in questa area di lavoro: ${
          offer === "unarchive" ? "annulla l'archiviazione dell'appartenenza" : "riattiva l'appartenenza"
        } invece di inviare un altro invito.`,
      "R8.archivedInInstance": ({ email }) =>
        `L'account ${email} è archiviato a livello di istanza e non può ricevere inviti. Un super amministratore deve prima annullarne l'archiviazione.`,
      "R10.noPendingInvitation": ({ name, verb }) =>
        `${name} non ha inviti in sospeso${verb === "resendInvitation" ? " da inviare di nuovo" : ""}.`,
      "R10.cloudLinks": () =>
        "I link di invito possono essere copiati solo nelle installazioni self-hosted; nel cloud gli inviti vengono inviati via email.",
      "R11.alreadyArchived": ({ name }) => `${name} ha già lo stato ${quote(statusLabels.archived)} in questa area di lavoro.`,
      "R12.alreadyArchived": ({ name }) => `L'account di ${name} è già archiviato a livello di istanza.`,
      "R12.accountArchived": () => "Questo account è archiviato; chiedi a un super amministratore di annullarne l'archiviazione.",
      "R13.notArchived": ({ name, status }) =>
        `È possibile annullare l'archiviazione a livello di istanza solo per gli utenti archiviati a quel livello; ${hasStatus(name, status)}.`,
      "R14.notArchived": ({ name, status }) =>
        `È possibile annullare l'archiviazione solo per i membri archiviati; ${hasStatus(name, status)}.`,
      "R15.lastAdmin": ({ name, verb, workspaceNames, count }, f) =>
        `Oltre a ${name}, non ci sono amministratori attivi in ${f.list(workspaceNames)}; ${
          {
            archive: "l'archiviazione",
            archiveInstance: "l'archiviazione a livello di istanza",
            deactivate: "la disattivazione",
            changeRole: "la rimozione del ruolo di amministratore",
          }[verb]
        } ${f.plural(count, { one: "la lascerebbe", many: "le lascerebbe", other: "le lascerebbe" })} senza amministratori. Nomina prima un altro amministratore.`,
      "R17.notActive": ({ name, status }) => `Solo i membri attivi possono essere disattivati; ${hasStatus(name, status)}.`,
      "R18.notInactive": ({ name, status }) => `Solo i membri inattivi possono essere riattivati; ${hasStatus(name, status)}.`,
      "R24.otherLifecycle": ({ verb, lifecycle }) =>
        `${
          {
            archive: "Qui i membri non possono essere archiviati",
            unarchive: "Qui non è possibile annullare l'archiviazione dei membri",
            deactivate: "Qui i membri non possono essere disattivati",
            reactivate: "Qui i membri non possono essere riattivati",
          }[verb]
        }: questa area di lavoro usa invece ${lifecycle === "archive" ? "l'archiviazione e il suo annullamento" : "la disattivazione e la riattivazione"}.`,
      "R24.notActive": ({ name, status, part }) =>
        `${part === "role" ? "Il ruolo può essere modificato" : "I gruppi possono essere modificati"} solo per i membri attivi; ${hasStatus(name, status)}.`,
      "R27.notPending": () => "Questo invito non è più in sospeso.",
    },
    validation: {
      name_required: () => "Inserisci un nome.",
      name_too_long: ({ length, limit }, f) => `Un nome può contenere al massimo ${f.count(limit)} caratteri; questo ne ha ${f.count(length)}.`,
      name_malformed_unicode: () => "Il nome contiene un carattere danneggiato (metà di un'emoji o di un simbolo); digitalo di nuovo.",
      name_control_character: ({ codePoint }) =>
        `Un nome non può contenere caratteri di controllo come tabulazioni, interruzioni di riga o NUL (qui ${codePoint}).`,
      name_bidi_control: ({ codePoint }) =>
        `Un nome non può contenere caratteri che invertono o isolano la direzione del testo (qui ${codePoint}): lo fanno leggere in modo diverso da come è salvato.`,
      name_invisible: () => "Il nome non contiene caratteri visibili; inserisci un nome.",
      name_invisible_character: ({ codePoint }) =>
        `Il nome contiene un carattere invisibile (${codePoint}); digitalo di nuovo invece di incollarlo.`,
      email_required: () => "Inserisci un indirizzo email.",
      email_too_long: ({ length, limit }, f) =>
        `Un indirizzo email può contenere al massimo ${f.count(limit)} caratteri; questo ne ha ${f.count(length)}.`,
      email_malformed_unicode: () => "L'indirizzo email contiene un carattere danneggiato (metà di un'emoji o di un simbolo); digitalo di nuovo.",
      email_whitespace: () => "Un indirizzo email non può contenere spazi, tabulazioni o interruzioni di riga.",
      email_invisible_character: ({ codePoint }) =>
        `L'indirizzo email contiene un carattere invisibile o di controllo (${codePoint}); digitalo di nuovo invece di incollarlo.`,
      email_lookalike_at: ({ email, character: lookalike }) => `${quote(email)} usa «${lookalike}», che sembra una «@» ma non lo è; digita di nuovo la «@».`,
      email_missing_at: ({ email }) => `In ${quote(email)} manca una «@».`,
      email_local_missing: () => "Aggiungi la parte prima della «@».",
      email_domain_missing: () => "Aggiungi il dominio dopo la «@», ad esempio example.com.",
      email_local_too_long: ({ length, limit }, f) =>
        `La parte prima della «@» può contenere al massimo ${f.count(limit)} caratteri; questa ne ha ${f.count(length)}.`,
      email_local_invalid_character: ({ character: invalid }) =>
        `La parte prima della «@» contiene «${invalid}», che lì non è consentito; usa le lettere A-Z, cifre e simboli come . _ + -.`,
      email_local_dots: () => "La parte prima della «@» non può iniziare o terminare con un punto né contenere due punti consecutivi.",
      email_domain_invalid: ({ domain, character: invalid }) =>
        invalid === undefined
          ? `Il dominio ${quote(domain)} non è un nome di dominio valido.`
          : `Il dominio ${quote(domain)} contiene «${invalid}», che non può comparire in un nome di dominio.`,
      email_domain_mixed_script: ({ domain, label, scripts }, f) => {
        const names = f.list(scripts.map((script) => scriptNames[script] ?? script));
        return `Il dominio ${quote(domain)} mescola gli alfabeti ${names} in ${quote(label)}, un modo comune per imitare un altro dominio; scrivilo in un solo alfabeto.`;
      },
      email_domain_numeric: ({ domain }) =>
        `Il dominio ${quote(domain)} termina con un numero; un indirizzo email richiede un nome di dominio come example.com, non un indirizzo IP.`,
      email_domain_no_dot: ({ domain }) => `Il dominio ${quote(domain)} deve contenere un punto, ad esempio example.com.`,
      email_label_too_long: ({ label, length, limit }, f) =>
        `Ogni parte del dominio tra due punti può contenere al massimo ${f.count(limit)} caratteri; ${quote(label)} ne ha ${f.count(length)}.`,
      role_required: () => "Scegli un ruolo.",
      role_unknown: ({ role, roles }, f) => `${quote(role)} non è un ruolo disponibile qui; scegli ${f.list(roles, "disjunction")}.`,
      groups_invalid: () => "I gruppi devono essere un elenco di ID di gruppo.",
      groups_unknown: ({ groups, count }, f) =>
        f.plural(count, {
          one: `Gruppo sconosciuto: ${f.list(groups)}.`,
          many: `Gruppi sconosciuti: ${f.list(groups)}.`,
          other: `Gruppi sconosciuti: ${f.list(groups)}.`,
        }),
      metadata_too_large: (params, f) =>
        "bytes" in params
          ? `I metadati occupano ${f.count(params.bytes)} byte; il limite è di ${f.count(params.limit)} byte.`
          : `I metadati contengono ${f.count(params.length)} caratteri; il limite è di ${f.count(params.limit)} byte, quindi non sono stati letti. Rimuovine una parte.`,
      metadata_not_object: ({ type }) => `I metadati devono essere un oggetto JSON come {"team": "design"}, non ${jsonType[type]}.`,
      metadata_not_flat: ({ key, type }) =>
        `I metadati devono essere piatti: ${quote(key)} contiene ${jsonType[type]}; usa una stringa, un numero, un booleano o null.`,
      metadata_number_out_of_range: ({ key }) =>
        `Il numero della chiave di metadati ${quote(key)} è troppo grande per essere salvato; scrivilo come stringa.`,
      metadata_malformed_unicode: ({ key }) =>
        `La voce di metadati ${quote(key)} contiene un carattere danneggiato (metà di un'emoji o di un simbolo) che non può essere salvato.`,
      metadata_nul_character: ({ key }) =>
        `La voce di metadati ${quote(key)} contiene un carattere NUL (\\u0000), che i database non possono salvare; rimuovilo.`,
      json_unexpected_end: ({ expected }) =>
        expected === "value" ? "Fine del testo inattesa: manca un valore." : `${jsonExpected[expected]}, ma il testo è terminato.`,
      json_unexpected_character: ({ expected, found }) =>
        expected === "value"
          ? `Carattere ${character(found)} inatteso: era previsto un valore.`
          : `${jsonExpected[expected]}, ma è stato trovato ${character(found)}.`,
      json_trailing_content: ({ found }) => `Carattere ${character(found)} inatteso dopo la fine del valore JSON.`,
      json_unterminated_string: () => "Stringa non terminata: manca una virgoletta doppia di chiusura.",
      json_control_character: ({ codePoint }) => `Il carattere di controllo ${codePoint} deve essere preceduto da un escape nelle stringhe.`,
      json_invalid_escape: ({ escape }) =>
        `Sequenza di escape ${quote(escape)} non valida in una stringa${escape.startsWith("\\u") ? ": \\u richiede quattro cifre esadecimali" : ""}.`,
      json_duplicate_key: ({ key }) => `La chiave ${quote(key, 40)} compare due volte nello stesso oggetto; ogni chiave può comparire una sola volta.`,
      json_forbidden_key: ({ key }) => `La chiave ${quote(key, 40)} non è consentita.`,
      json_too_deep: ({ limit }, f) => `Il JSON annida oggetti e array per più di ${f.count(limit)} livelli, che è il limite.`,
      json_too_long: ({ length, limit }, f) => `Il testo contiene ${f.count(length)} caratteri; il limite è ${f.count(limit)}.`,
      json_not_text: ({ type }) => `Era previsto testo JSON, non un valore di tipo ${quote(type)}.`,
    },
    console: {
      allUsers: "Tutti gli utenti",
      scopeLabel: "Area di lavoro",
      loadingTitle: "Caricamento…",
      seatCountHint: "Vengono conteggiati i membri attivi, invitati e richiesti, non quelli archiviati o inattivi.",
      partFailed: ({ part }) =>
        `${
          {
            "seat-count": "Impossibile mostrare il conteggio delle postazioni fatturabili",
            "scope-switcher": "Impossibile mostrare il selettore dell'area di lavoro",
            invite: "Impossibile mostrare il modulo di invito",
            table: "Impossibile mostrare la tabella dei membri",
            details: "Impossibile mostrare i dettagli del membro",
            confirm: "Impossibile mostrare la finestra di conferma",
            activity: "Impossibile mostrare l'attività",
            export: "Impossibile mostrare l'esportazione CSV",
            bulk: "Impossibile mostrare le azioni di gruppo",
            menu: "Impossibile mostrare il menu delle azioni",
          }[part]
        } a causa di un errore. Il resto della pagina continua a funzionare${part === "invite" ? " e niente di ciò che hai digitato è andato perso" : ""}.`,
      partRetry: "Riprova",
      partClose: "Chiudi",
      partLoading: ({ part }) =>
        ({
          "seat-count": "Caricamento del conteggio delle postazioni fatturabili…",
          "scope-switcher": "Caricamento del selettore dell'area di lavoro…",
          invite: "Apertura del modulo di invito…",
          table: "Caricamento della tabella dei membri…",
          details: "Caricamento dei dettagli del membro…",
          confirm: "Caricamento della finestra di conferma…",
          activity: "Caricamento dell'attività…",
          export: "Apertura dell'esportazione CSV…",
          bulk: "Caricamento delle azioni di gruppo…",
          menu: "Apertura del menu delle azioni…",
        })[part],
    },
  },
};
