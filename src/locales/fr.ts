import type { RosterLocale, RosterMessages } from "../react/messages";
import { describeCharacter, quoteText } from "../react/format";

/** What a person typed, in guillemets with no-break spaces inside, cut by {@link quoteText} so that a pasted megabyte never fills the screen. */
const quote = (text: string, max?: number): string => quoteText(text, "«\u00a0", "\u00a0»", max);
/** A character as a message names it: in guillemets with no-break spaces inside when it can be seen, by its code point (`U+0009`) when not. */
const character = (char: string): string => describeCharacter(char, "«\u00a0", "\u00a0»");

const statusLabels: RosterMessages["status"]["label"] = {
  requested: "Demandé",
  invited: "Invité",
  active: "Actif",
  archived: "Archivé",
  inactive: "Inactif",
};

/** A member's status, named by its badge: "… a le statut « Archivé »" (agrees with any name). */
function hasStatus(name: string, status: keyof RosterMessages["status"]["label"]): string {
  return `${name} a le statut ${quote(statusLabels[status])}`;
}

const statusActions: RosterMessages["confirm"]["confirm"] = {
  archive: "Archiver l'utilisateur",
  unarchive: "Désarchiver l'utilisateur",
  archiveInstance: "Archiver dans l'instance",
  unarchiveInstance: "Désarchiver dans l'instance",
  deactivate: "Désactiver",
  reactivate: "Réactiver",
};

const invitedDescription = "Invitation envoyée\u202f; en attente d'acceptation.";
const noGroups = "Cet espace de travail n'a aucun groupe.";

/** A JSON type, with its article: "… et non un objet". */
const jsonType = {
  null: "null",
  array: "un tableau",
  object: "un objet",
  string: "une chaîne",
  number: "un nombre",
  boolean: "un booléen",
  other: "une valeur que JSON ne peut pas représenter",
} as const;

/** What a JSON parser expected where it stopped, other than a value. */
const jsonExpected = {
  propertyName: "Nom de propriété entre guillemets doubles attendu",
  colon: "«\u00a0:\u00a0» attendu",
  commaOrBracket: "«\u00a0,\u00a0» ou «\u00a0]\u00a0» attendu après un élément de tableau",
  commaOrBrace: "«\u00a0,\u00a0» ou «\u00a0}\u00a0» attendu après une valeur de propriété",
} as const;

/** The alphabets a domain may mix to imitate another one, by their English names (as the core names them). */
const scriptNames: Readonly<Record<string, string>> = {
  Latin: "latin",
  Cyrillic: "cyrillique",
  Greek: "grec",
  Armenian: "arménien",
  Cherokee: "cherokee",
};

/** The kit's columns by name: the table's headers and the export's choices say the same. */
const columnNames = {
  name: "Nom",
  email: "E-mail",
  status: "Statut",
  role: "Rôle",
  groups: "Groupes",
  invitedAt: "Invitation",
  lastActiveAt: "Dernière activité",
} as const;

/** French (`rosterkit/locales/fr`): every message of the kit, formal register ("vous"). */
export const fr: RosterLocale = {
  locale: "fr",
  messages: {
    status: {
      label: statusLabels,
      description: {
        archive: {
          requested: "Invitation envoyée à une personne sans compte\u202f; en attente de son inscription.",
          invited: invitedDescription,
          active: "Dispose d'un accès.",
          archived: "Aucun accès. Le désarchivage envoie une nouvelle invitation.",
        },
        deactivate: {
          invited: invitedDescription,
          active: "Dispose d'un accès.",
          inactive: "Ne peut ni se connecter ni se voir attribuer d'éléments. La réactivation rétablit l'accès immédiatement.",
        },
      },
    },
    actions: {
      ...statusActions,
      menuLabel: ({ name }) => `Actions pour ${name}`,
      resendInvitation: "Renvoyer l'invitation",
      copyInvitationLink: "Copier le lien d'invitation",
      edit: "Modifier le rôle et les groupes",
      viewDetails: "Voir les détails",
      archiveRevokesHint: "Révoque l'invitation en attente.",
      invitationLinkField: ({ name }) => `Lien d'invitation de ${name}`,
      invitationFailed: ({ reason }) => `L'invitation n'a pas pu être traitée\u00a0: ${reason}`,
    },
    member: {
      you: "Vous",
      superAdmin: "Super-administrateur",
      unnamed: "(sans nom)",
      noGroups: "Aucun groupe",
      moreGroups: ({ count }, f) => `+${f.count(count)} de plus`,
      groupsLabel: ({ name }) => `Groupes de ${name}`,
      neverActive: "Jamais",
    },
    confirm: {
      title: {
        archive: ({ name }) => `Archiver ${name}\u202f?`,
        unarchive: ({ name }) => `Désarchiver ${name}\u202f?`,
        archiveInstance: ({ name }) => `Archiver ${name} de toute l'instance\u202f?`,
        unarchiveInstance: ({ name }) => `Désarchiver ${name} dans l'instance\u202f?`,
        deactivate: ({ name }) => `Désactiver ${name}\u202f?`,
        reactivate: ({ name }) => `Réactiver ${name}\u202f?`,
      },
      confirm: statusActions,
      pending: {
        archive: "Archivage…",
        unarchive: "Désarchivage…",
        archiveInstance: "Archivage…",
        unarchiveInstance: "Désarchivage…",
        deactivate: "Désactivation…",
        reactivate: "Réactivation…",
      },
      cancel: "Annuler",
      consequencesLabel: "Conséquences",
      accessLostWorkspace: ({ name, workspace }) => `${name} perd l'accès à ${workspace}. Ses autres espaces de travail ne sont pas concernés.`,
      accessLostInstance: ({ name }) =>
        `${name} ne peut plus se connecter et perd l'accès à tous les espaces de travail. Aucune nouvelle invitation n'est possible avant le désarchivage par un super-administrateur.`,
      accessLostDeactivate: ({ name }) =>
        `${name} ne peut plus se connecter, ne reçoit plus de notifications et ne peut plus se voir attribuer de nouveaux éléments.`,
      accessRestoredReactivate: ({ name }) => `${name} peut se reconnecter immédiatement, avec son rôle et ses groupes précédents.`,
      accessRestoredUnarchive: ({ name, workspace }) =>
        `${name} reçoit une nouvelle invitation à rejoindre ${workspace} et retrouve l'accès dès qu'elle est acceptée.`,
      accessRestoredInstance: ({ name }) =>
        `${name} peut de nouveau se connecter et recevoir des invitations. Ses appartenances aux espaces de travail restent archivées jusqu'à ce que les administrateurs de chaque espace les désarchivent.`,
      workspacesAffected: ({ workspaces }, f) =>
        f.plural(workspaces.length, {
          one: `Espace de travail concerné\u00a0: ${f.list(workspaces)}.`,
          many: `Espaces de travail concernés\u00a0: ${f.list(workspaces)}.`,
          other: `Espaces de travail concernés\u00a0: ${f.list(workspaces)}.`,
        }),
      invitationRevoked: "Son lien d'invitation en attente cesse de fonctionner.",
      emailSent: ({ email }) => `Un e-mail d'invitation est envoyé à ${email}.`,
      noEmailSent: "Aucun e-mail n'est envoyé.",
      seatChange: ({ before, after, workspace }, f) =>
        `${workspace === undefined ? "Postes facturables" : `Postes facturables dans ${workspace}`}\u00a0: ${f.count(before)} → ${f.count(after)}.`,
      seatDelta: ({ delta, workspace }, f) => {
        const seats = f.plural(Math.abs(delta), { one: "# poste facturable", many: "# de postes facturables", other: "# postes facturables" });
        const where = workspace === undefined ? "" : ` dans ${workspace}`;
        return delta < 0 ? `Libère ${seats}${where}.` : `Occupe ${seats}${where}.`;
      },
      seatUnchanged: "Le nombre de postes facturables ne change pas.",
      nothingDeleted: "Rien de ce que cette personne a créé n'est supprimé.",
      instanceUnarchived: ({ name }) => `Le désarchivage s'applique aussi au niveau de l'instance\u00a0: ${name} peut de nouveau se connecter.`,
      conflict: ({ name }) =>
        `Quelqu'un d'autre a modifié ${name} pendant que cette fenêtre était ouverte. Rien n'a été appliqué\u202f; vérifiez son état actuel.`,
      failed: ({ name, reason }) => `Impossible de modifier ${name}\u00a0: ${reason}`,
      retry: "Réessayer",
      close: "Fermer",
      startAgain: "Recommencer",
      currentStatus: "Statut actuel",
      currentRole: "Rôle actuel",
    },
    invite: {
      openButton: "Inviter des membres",
      title: "Inviter des membres",
      description: ({ workspace }) => `Chaque personne reçoit un e-mail d'invitation pour rejoindre ${workspace}.`,
      inviteeLegend: ({ index }, f) => `Personne ${f.count(index)}`,
      nameLabel: "Nom",
      emailLabel: "E-mail",
      roleLabel: "Rôle",
      rolePlaceholder: "Choisissez un rôle",
      groupsLabel: "Groupes",
      groupsHint: "Autant de groupes que nécessaire.",
      metadataLabel: "Métadonnées (JSON)",
      metadataHint: 'Un objet JSON, comme {"team": "design"}.',
      optional: "facultatif",
      required: "obligatoire",
      addInvitee: "Ajouter une autre personne",
      removeInvitee: ({ index }, f) => `Retirer la personne ${f.count(index)}`,
      submit: ({ count }, f) => f.plural(count, { one: "Envoyer l'invitation", many: "Envoyer # d'invitations", other: "Envoyer # invitations" }),
      submitting: "Envoi…",
      cancel: "Annuler",
      close: "Fermer",
      metadataPosition: ({ message, line, column }, f) => `Ligne ${f.count(line)}, colonne ${f.count(column)}\u00a0: ${message}`,
      duplicate: ({ email, status }) => `${email} a déjà le statut ${quote(status)} dans cet espace de travail.`,
      offerUnarchive: ({ email }) => `Le membre ${email} est archivé dans cet espace de travail. Le désarchiver plutôt\u202f?`,
      offerReactivate: ({ email }) => `Le membre ${email} est inactif dans cet espace de travail. Le réactiver plutôt\u202f?`,
      archivedInInstance: ({ email }) =>
        `Le compte ${email} est archivé au niveau de l'instance. Un super-administrateur doit d'abord le désarchiver.`,
      fieldRefused: "Le serveur n'a pas accepté cette valeur. Vérifiez-la et réessayez.",
      errorSummary: ({ count }, f) =>
        f.plural(count, { one: "Corrigez # erreur pour continuer.", many: "Corrigez # d'erreurs pour continuer.", other: "Corrigez # erreurs pour continuer." }),
      errorSummaryEntry: ({ field, person, people, error }, f) =>
        people === 1 ? `${field}\u00a0: ${error}` : `${field} de la personne ${f.count(person)}\u00a0: ${error}`,
      resultsTitle: "Invitations",
      resultInvited: ({ email }) => `${email}\u00a0: invitation envoyée.`,
      resultRequested: ({ email }) => `${email}\u00a0: demande enregistrée\u202f; la personne sera invitée à créer un compte.`,
      resultFailed: ({ email, reason }) => `${email}\u00a0: invitation non envoyée. ${reason}`,
      resultSummary: ({ sent, failed }, f) =>
        failed === 0
          ? f.plural(sent, { one: "# invitation envoyée.", many: "# d'invitations envoyées.", other: "# invitations envoyées." })
          : `${f.plural(sent, { one: "# invitation envoyée", many: "# d'invitations envoyées", other: "# invitations envoyées" })}, ${f.plural(failed, { one: "# en échec", many: "# en échec", other: "# en échec" })}.`,
      copyLink: ({ email }) => `Copier le lien d'invitation de ${email}`,
      inviteMore: "Inviter d'autres personnes",
      retryFailed: "Modifier et réessayer les invitations en échec",
      unarchiveInstead: "Désarchiver plutôt",
      reactivateInstead: "Réactiver plutôt",
      invitationLinkLabel: ({ email }) => `Lien d'invitation de ${email}`,
      copied: "Copié",
      emailConverted: ({ typed, stored, email }) =>
        `Le domaine ${quote(typed)} sera enregistré sous la forme ${quote(stored)}, celle qu'utilisent les systèmes de messagerie pour les domaines internationaux\u00a0: l'invitation sera envoyée à ${email}.`,
      requestFailed: ({ reason }) => `Rien n'a été envoyé\u00a0: ${reason} Tout ce que vous avez saisi est conservé.`,
      retry: "Réessayer",
      noGroups,
    },
    bulkInvite: {
      modeLabel: "Mode d'invitation",
      modeSingle: "Une par une",
      modeBulk: "À partir d'une liste ou d'un CSV",
      fileLabel: "Fichier CSV",
      fileHint: ({ limit }, f) =>
        `Une ligne d'en-tête, puis une personne par ligne, dans les colonnes name, email, role, groups (séparés par ; ou |) et metadata (JSON). Jusqu'à ${f.count(limit)} personnes.`,
      template: "Télécharger le modèle CSV",
      pasteLabel: "Ou collez des adresses e-mail",
      pasteHint:
        "Une par ligne ou séparées par des virgules, comme ada@example.com ou Ada Lovelace <ada@example.com>. Un tableau copié depuis un tableur fonctionne aussi.",
      addPasted: "Ajouter à la liste",
      defaultRoleLabel: "Rôle des lignes qui n'en ont pas",
      reading: "Lecture…",
      loading: "Chargement…",
      load: {
        empty: () => "Il n'y a personne à inviter\u00a0: ajoutez une personne par ligne, sous une ligne d'en-tête.",
        no_email_column: ({ columns }, f) =>
          `Aucune colonne ne contient d'adresses e-mail. La première ligne doit nommer les colonnes (name, email, role, groups, metadata)\u202f; elle contient\u00a0: ${columns.length === 0 ? "rien" : f.list(columns)}.`,
        repeated_column: ({ field, columns }, f) =>
          `Les colonnes ${f.list(columns)} contiennent toutes ${
            { name: "le nom", email: "l'adresse e-mail", role: "le rôle", groups: "les groupes", metadata: "les métadonnées" }[field]
          }\u202f; n'en gardez qu'une.`,
        too_many_rows: ({ limit, count }, f) =>
          `Vous pouvez inviter au maximum ${f.count(limit)} personnes à la fois\u202f; ${count === null ? "il y en a davantage ici" : `il y en a ${f.count(count)} ici`}. Divisez la liste en fichiers plus petits.`,
        unclosed_quote: ({ row }, f) =>
          `La ligne ${f.count(row)} ouvre un champ entre guillemets qui n'est jamais fermé\u202f; la suite ne peut donc pas être lue. Fermez les guillemets.`,
        not_text: () => "Ce n'est pas un fichier texte. Enregistrez la feuille de calcul au format CSV (UTF-8) et choisissez ce fichier.",
      },
      loadRefused: ({ reason }) => `Rien n'a été ajouté\u00a0: ${reason} Les lignes déjà présentes dans la liste sont conservées.`,
      ignoredColumns: ({ columns }, f) => `Colonnes ignorées\u00a0: ${f.list(columns)}.`,
      previewTitle: "Personnes à inviter",
      previewSummary: ({ total, invited, ready, invalid }, f) =>
        `${f.plural(total, { one: "# personne", many: "# de personnes", other: "# personnes" })}\u00a0: ${invited > 0 ? `${f.plural(invited, { one: "# invitée", many: "# invitées", other: "# invitées" })}, ` : ""}${f.plural(ready, { one: "# prête", many: "# prêtes", other: "# prêtes" })}, ${f.count(invalid)} à corriger.`,
      rowColumn: "Ligne",
      statusColumn: "Statut",
      fieldLabel: ({ field, row }, f) => `${field}, ligne ${f.count(row)}`,
      removeRow: ({ row }, f) => `Supprimer la ligne ${f.count(row)}`,
      removeInvalid: ({ count }, f) =>
        f.plural(count, {
          one: "Supprimer la ligne qui pose problème",
          many: "Supprimer les # de lignes qui posent problème",
          other: "Supprimer les # lignes qui posent problème",
        }),
      onlyToFix: "Afficher uniquement les lignes à corriger",
      duplicateInFile: ({ row }, f) => `Même adresse e-mail qu'à la ligne ${f.count(row)}.`,
      outcome: {
        ready: "Prête",
        invalid: "À corriger",
        queued: "En attente",
        sending: "Envoi",
        invited: "Invitée",
        refused: "Non invitée",
        failed: "Non envoyée",
      },
      notSent: ({ reason }) => `Non envoyée\u00a0: ${reason} Réessayez pour l'envoyer de nouveau.`,
      send: ({ count }, f) => f.plural(count, { one: "Envoyer # invitation", many: "Envoyer # d'invitations", other: "Envoyer # invitations" }),
      nothingToSend: "Corrigez ou supprimez les lignes qui posent problème pour envoyer.",
      progressLabel: "Envoi des invitations",
      progress: ({ done, total }, f) => `${f.count(done)} sur ${f.count(total)} envoyées`,
      cancel: "Arrêter après ce lot",
      cancelling: "Arrêt après ce lot…",
      resultSummary: ({ invited, notInvited }, f) =>
        notInvited === 0
          ? f.plural(invited, { one: "# invitation envoyée.", many: "# d'invitations envoyées.", other: "# invitations envoyées." })
          : `${f.plural(invited, { one: "# invitation envoyée", many: "# d'invitations envoyées", other: "# invitations envoyées" })}\u202f; ${f.plural(notInvited, {
              one: "# personne n'a pas été invitée\u00a0: corrigez sa ligne et réessayez",
              many: "# de personnes n'ont pas été invitées\u00a0: corrigez leurs lignes et réessayez",
              other: "# personnes n'ont pas été invitées\u00a0: corrigez leurs lignes et réessayez",
            })}.`,
      retryFailed: ({ count }, f) => f.plural(count, { one: "Réessayer # ligne", many: "Réessayer # de lignes", other: "Réessayer # lignes" }),
      startOver: "Recommencer",
    },
    memberEdit: {
      title: ({ name }) => `Modifier le rôle et les groupes de ${name}`,
      roleLabel: "Rôle",
      groupsLabel: "Groupes",
      save: "Enregistrer les modifications",
      saving: "Enregistrement…",
      cancel: "Annuler",
      conflict: ({ name }) =>
        `Quelqu'un d'autre a modifié ${name}. Son rôle et ses groupes actuels sont affichés\u202f; vérifiez-les et enregistrez de nouveau.`,
      failed: ({ reason }) => `Modifications non enregistrées\u00a0: ${reason} Vos choix sont conservés.`,
      retry: "Réessayer",
      startAgain: "Modifier ses valeurs actuelles",
      currentValues: "Valeurs actuelles",
      noGroups,
    },
    table: {
      workspaceCaption: ({ workspace }) => `Membres de ${workspace}`,
      instanceCaption: "Tous les utilisateurs",
      columns: {
        ...columnNames,
        workspaces: "Espaces de travail",
        actions: "Actions",
      },
      sortBy: ({ column }) => `Trier par ${column}`,
      sortedAscending: "tri croissant",
      sortedDescending: "tri décroissant",
      searchLabel: "Rechercher des membres",
      searchPlaceholder: "Rechercher par nom ou e-mail",
      clearSearch: "Effacer la recherche",
      statusFilterLabel: "Statut",
      roleFilterLabel: "Rôle",
      allStatuses: "Tous les statuts",
      allRoles: "Tous les rôles",
      clearFilters: "Effacer les filtres",
      loading: "Chargement des membres…",
      empty: "Aucun membre pour l'instant",
      emptyHint: "Invitez des personnes pour leur donner accès.",
      noMatches: "Aucun membre ne correspond",
      noMatchesHint: "Essayez une autre recherche ou effacez les filtres.",
      errorTitle: "Impossible de charger les membres",
      retry: "Réessayer",
      scrollHint: "Faites défiler horizontalement pour voir toutes les colonnes.",
      paginationLabel: "Pagination",
      pageRange: ({ from, to, total }, f) =>
        total === null ? `${f.count(from)}–${f.count(to)}` : `${f.count(from)}–${f.count(to)} sur ${f.count(total)}`,
      pageOf: ({ page, pages }, f) => `Page ${f.count(page)} sur ${f.count(pages)}`,
      previousPage: "Page précédente",
      nextPage: "Page suivante",
      firstPage: "Première page",
      lastPage: "Dernière page",
      pageSize: "Lignes par page",
      billableSeats: ({ count }, f) => f.plural(count, { one: "# poste facturable", many: "# de postes facturables", other: "# postes facturables" }),
      memberCount: ({ count }, f) => f.plural(count, { "=0": "Aucun membre", one: "# membre", many: "# de membres", other: "# membres" }),
      selectRow: ({ name }) => `Sélectionner ${name}`,
      selectPage: "Sélectionner tous les membres de cette page",
      selectedCount: ({ count }, f) => f.plural(count, { one: "# sélectionné", many: "# sélectionnés", other: "# sélectionnés" }),
      clearSelection: "Effacer la sélection",
      selectionToggle: "Sélectionner",
      selectionOn: "Sélection activée\u00a0: chaque ligne a désormais une case à cocher.",
      selectionOff: "Sélection désactivée.",
      bulkArchive: "Archiver la sélection",
      bulkDeactivate: "Désactiver la sélection",
      bulkTitle: ({ count, action }, f) =>
        f.plural(
          count,
          action === "archive"
            ? { one: "Archiver # membre\u202f?", many: "Archiver # de membres\u202f?", other: "Archiver # membres\u202f?" }
            : { one: "Désactiver # membre\u202f?", many: "Désactiver # de membres\u202f?", other: "Désactiver # membres\u202f?" },
        ),
      bulkDescription: ({ action }) =>
        `${
          action === "archive"
            ? "Les membres archivés perdent l'accès à cet espace de travail et leurs invitations en attente cessent de fonctionner."
            : "Les membres désactivés ne peuvent plus se connecter."
        } Chaque membre est modifié séparément\u00a0: les membres que vous ne pouvez pas modifier sont ignorés, et chaque résultat est affiché. Rien n'est supprimé.`,
      bulkConfirm: ({ count, action }, f) =>
        f.plural(
          count,
          action === "archive"
            ? { one: "Archiver # membre", many: "Archiver # de membres", other: "Archiver # membres" }
            : { one: "Désactiver # membre", many: "Désactiver # de membres", other: "Désactiver # membres" },
        ),
      bulkApplying: "Application en cours…",
      bulkResultsLabel: "Résultats",
      bulkSucceeded: ({ name, status }) => `${name}\u00a0: statut désormais ${quote(status)}.`,
      bulkRefused: ({ name, reason }) => `${name}\u00a0: aucune modification. ${reason}`,
      bulkFailed: ({ name, reason }) => `${name}\u00a0: échec. ${reason}`,
      bulkWaiting: ({ name }) => `${name}\u00a0: en attente…`,
      bulkSummary: ({ succeeded, refused, failed }, f) =>
        `${f.list([
          f.plural(succeeded, { one: "# modifié", many: "# modifiés", other: "# modifiés" }),
          ...(refused > 0 ? [f.plural(refused, { one: "# refusé", many: "# refusés", other: "# refusés" })] : []),
          ...(failed > 0 ? [f.plural(failed, { one: "# en échec", many: "# en échec", other: "# en échec" })] : []),
        ])}.`,
      close: "Fermer",
      unsupported: ({ feature }) =>
        `Le serveur ne peut pas ${
          {
            search: "effectuer de recherche",
            filterByStatus: "filtrer par statut",
            filterByRole: "filtrer par rôle",
            filterByMetadata: "filtrer selon ce champ",
            sort: "trier selon cette colonne",
            page: "accéder à cette page",
          }[feature]
        }\u202f; filtrer uniquement la page affichée masquerait des membres.`,
      membershipCount: ({ count }, f) =>
        f.plural(count, { "=0": "Aucun espace de travail", one: "# espace de travail", many: "# d'espaces de travail", other: "# espaces de travail" }),
      noMetadataValue: "Non défini",
      anyValue: "Toutes les valeurs",
    },
    export: {
      trigger: "Exporter en CSV",
      title: "Exporter les membres en CSV",
      description: ({ filtered }) =>
        `${filtered ? "Tous les membres correspondant à la recherche et aux filtres actuels" : "Tous les membres de cette liste"}, dans l'ordre de tri actuel, sur toutes les pages.`,
      columnsLegend: "Colonnes",
      columns: {
        ...columnNames,
        metadata: "Toutes les métadonnées (JSON)",
      },
      noColumns: "Choisissez au moins une colonne.",
      submit: "Exporter",
      cancel: "Annuler",
      progress: ({ count }, f) =>
        f.plural(count, {
          "=0": "Exportation…",
          one: "Exportation… # membre pour l'instant",
          many: "Exportation… # de membres pour l'instant",
          other: "Exportation… # membres pour l'instant",
        }),
      stop: "Arrêter l'exportation",
      done: ({ count, fileName }, f) =>
        f.plural(count, {
          "=0": `Aucun membre exporté dans ${fileName}.`,
          one: `# membre exporté dans ${fileName}.`,
          many: `# de membres exportés dans ${fileName}.`,
          other: `# membres exportés dans ${fileName}.`,
        }),
      failed: ({ reason }) => `L'exportation a échoué\u00a0: ${reason} Votre choix est conservé\u202f; réessayez.`,
      retry: "Réessayer",
      close: "Fermer",
    },
    details: {
      title: ({ name }) => `Détails de ${name}`,
      close: "Fermer les détails",
      status: "Statut",
      email: "E-mail",
      role: "Rôle",
      groups: "Groupes",
      workspaces: "Espaces de travail",
      metadata: "Métadonnées",
      noMetadata: "Aucune",
      invitedAt: "Invitation",
      lastActiveAt: "Dernière activité",
      actions: "Actions",
      loading: "Chargement du membre…",
      otherWorkspaces: "Autres espaces de travail",
    },
    activity: {
      timelineTitle: "Historique",
      logTitle: "Activité",
      showLog: "Activité",
      showMembers: "Membres",
      viewsLabel: "Vue",
      byline: {
        invite: ({ actor }) => `Invitation par ${actor}`,
        acceptInvitation: ({ actor, self }) => (self ? "Invitation acceptée" : `Invitation acceptée par ${actor}`),
        resendInvitation: ({ actor }) => `Invitation renvoyée par ${actor}`,
        revokeInvitation: ({ actor }) => `Invitation révoquée par ${actor}`,
        archive: ({ actor }) => `Archivage par ${actor}`,
        unarchive: ({ actor }) => `Désarchivage par ${actor}`,
        deactivate: ({ actor }) => `Désactivation par ${actor}`,
        reactivate: ({ actor }) => `Réactivation par ${actor}`,
        changeRole: ({ actor }) => `Rôle modifié par ${actor}`,
        changeGroups: ({ actor, self }) => (self ? "A modifié ses propres groupes" : `Groupes modifiés par ${actor}`),
        updateMember: ({ actor, self }) => (self ? "A mis à jour ses propres informations" : `Mise à jour par ${actor}`),
      },
      sentence: {
        invite: ({ actor, target }) => `${actor} a invité ${target}`,
        acceptInvitation: ({ target }) => `${target} a accepté l'invitation`,
        resendInvitation: ({ actor, target }) => `${actor} a renvoyé l'invitation à ${target}`,
        revokeInvitation: ({ actor, target }) => `${actor} a révoqué l'invitation de ${target}`,
        archive: ({ actor, target }) => `${actor} a archivé ${target}`,
        unarchive: ({ actor, target }) => `${actor} a désarchivé ${target}`,
        deactivate: ({ actor, target }) => `${actor} a désactivé ${target}`,
        reactivate: ({ actor, target }) => `${actor} a réactivé ${target}`,
        changeRole: ({ actor, target }) => `${actor} a modifié le rôle de ${target}`,
        changeGroups: ({ actor, target, self }) => (self ? `${target} a modifié ses propres groupes` : `${actor} a modifié les groupes de ${target}`),
        updateMember: ({ actor, target, self }) => (self ? `${target} a mis à jour ses propres informations` : `${actor} a mis à jour ${target}`),
      },
      instanceLevel: "Tous les espaces de travail",
      when: ({ date, relative }) => `${date} (${relative})`,
      statusChange: ({ before, after }) => (before === null ? `Statut\u00a0: ${after}` : `Statut\u00a0: ${before} → ${after}`),
      roleChange: ({ before, after }) => (before === null ? `Rôle\u00a0: ${after}` : `Rôle\u00a0: ${before} → ${after}`),
      groupsAdded: ({ groups }, f) => `Ajout à ${f.list(groups)}`,
      groupsRemoved: ({ groups }, f) => `Retrait de ${f.list(groups)}`,
      someone: "Quelqu'un",
      actionFilter: "Type d'action",
      allActions: "Toutes les actions",
      actionName: {
        invite: "Invitation",
        acceptInvitation: "Invitation acceptée",
        resendInvitation: "Invitation renvoyée",
        revokeInvitation: "Invitation révoquée",
        archive: "Archivage",
        unarchive: "Désarchivage",
        deactivate: "Désactivation",
        reactivate: "Réactivation",
        changeRole: "Changement de rôle",
        changeGroups: "Changement de groupes",
        updateMember: "Mise à jour",
      },
      personFilter: "Personne",
      personHint: "Un nom ou une adresse e-mail de l'historique.",
      personRole: "Implication",
      personAsActor: "A effectué la modification",
      personAsTarget: "A fait l'objet de la modification",
      personUnknown: ({ text }) => `Personne dans l'historique ne correspond à ${quote(text)}. Choisissez un nom dans la liste ou videz le champ.`,
      applyFilters: "Filtrer",
      clearFilters: "Effacer les filtres",
      filtersLabel: "Filtrer l'activité",
      loading: "Chargement de l'activité…",
      loadMore: "Charger plus",
      loadingMore: "Chargement de la suite…",
      emptyTimeline: "Aucune modification enregistrée pour l'instant.",
      emptyLog: "Aucune activité enregistrée pour l'instant.",
      emptyFiltered: "Aucune activité ne correspond à ces filtres.",
      end: "C'est tout l'historique.",
      failed: ({ reason }) => `Impossible de charger l'activité. ${reason}`,
      retry: "Réessayer",
      loaded: ({ count, more }, f) =>
        `${f.plural(count, {
          "=0": "Aucun événement affiché.",
          one: "# événement affiché.",
          many: "# d'événements affichés.",
          other: "# événements affichés.",
        })}${more ? " Des événements plus anciens peuvent être chargés." : ""}`,
    },
    announcements: {
      statusChanged: ({ name, status }) => `Nouveau statut de ${name}\u00a0: ${status}.`,
      statusChangeFailed: ({ name, reason }) => `Impossible de modifier ${name}\u00a0: ${reason}`,
      statusConflict: ({ name, status }) =>
        `Aucune modification appliquée à ${name}\u00a0: quelqu'un d'autre a apporté une modification entre-temps.${status === null ? "" : ` Statut actuel\u00a0: ${status}.`} Vérifiez son état actuel.`,
      invitationsSent: ({ count }, f) =>
        f.plural(count, { one: "# invitation envoyée.", many: "# d'invitations envoyées.", other: "# invitations envoyées." }),
      invitationResent: ({ email }) => `Invitation renvoyée à ${email}.`,
      linkCopied: "Lien d'invitation copié.",
      linkCopyFailed: "Impossible de copier le lien d'invitation.",
      memberUpdated: ({ name }) => `Modifications de ${name} enregistrées.`,
      listLoaded: ({ count, total }, f) =>
        total === null
          ? f.plural(count, { "=0": "Aucun membre affiché.", one: "# membre affiché.", many: "# de membres affichés.", other: "# membres affichés." })
          : f.plural(total, { "=0": "Aucun membre trouvé.", one: "# membre trouvé.", many: "# de membres trouvés.", other: "# membres trouvés." }),
      sortChanged: ({ column, direction }) => `Tri par ${column}, ordre ${direction === "asc" ? "croissant" : "décroissant"}.`,
    },
    errors: {
      forbidden: "Vous n'avez pas l'autorisation d'effectuer cette action.",
      not_found: "Ce membre n'existe plus.",
      conflict: "Ce membre a été modifié par quelqu'un d'autre. Vérifiez son état actuel et réessayez.",
      validation: "Certains champs doivent être corrigés.",
      last_admin: "Un espace de travail se retrouverait sans administrateur actif.",
      archived_in_instance: "Cet utilisateur est archivé au niveau de l'instance. Un super-administrateur doit d'abord le désarchiver.",
      duplicate: "Cette personne est déjà membre de l'espace de travail.",
      invalid_transition: "Cette action ne s'applique pas au statut actuel du membre.",
      rate_limited: "Trop de requêtes. Patientez un instant, puis réessayez.",
      idempotency_mismatch: "Cette requête a été refusée, car elle reprenait une requête antérieure différente. Rien n'a été modifié\u202f; réessayez.",
      limit_exceeded: "Cette requête est trop volumineuse. Envoyez moins de personnes ou moins de données à la fois.",
      network: "Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.",
      timeout: "Le serveur n'a pas répondu à temps. Vérifiez votre connexion et réessayez.",
      unknown: "Une erreur s'est produite. Réessayez.",
    },
    denials: {
      "R1.notMember": () => "Seuls les membres de cet espace de travail peuvent en voir les membres.",
      "R1.notAdmin": ({ verb }) =>
        `Seuls les administrateurs de cet espace de travail peuvent ${
          {
            invite: "inviter des membres",
            archive: "archiver des membres",
            unarchive: "désarchiver des membres",
            deactivate: "désactiver des membres",
            reactivate: "réactiver des membres",
            edit: "modifier des membres",
          }[verb]
        }.`,
      "R1.activityAdminsOnly": () => "Seuls les administrateurs de cet espace de travail peuvent en consulter l'activité.",
      "R2.notSuperAdmin": ({ verb }) =>
        `Seuls les super-administrateurs peuvent ${
          {
            archiveInstance: "archiver au niveau de l'instance",
            unarchiveInstance: "désarchiver au niveau de l'instance",
            viewInstanceUsers: "voir «\u00a0Tous les utilisateurs\u00a0» de l'instance",
            viewInstanceActivity: "voir l'activité de toute l'instance",
          }[verb]
        }.`,
      "R2.instanceArchived": ({ name }) =>
        `Le compte de ${name} est archivé au niveau de l'instance\u202f; seul un super-administrateur peut le désarchiver.`,
      "R2.instanceScope": () =>
        "Au niveau de l'instance, les utilisateurs peuvent seulement être archivés ou désarchivés\u202f; ouvrez un espace de travail pour les autres actions.",
      "R4.self": () =>
        "Vous ne pouvez pas modifier votre propre statut\u00a0: demandez à un autre administrateur de le faire, afin de ne pas vous bloquer l'accès.",
      "R4.superAdmin": ({ part }) =>
        `Seuls les super-administrateurs peuvent modifier ${{ status: "le statut", role: "le rôle", groups: "les groupes" }[part]} d'un super-administrateur.`,
      "R5.unknownRole": ({ role }) => `${quote(role)} n'est pas un rôle de cet espace de travail.`,
      "R5.noWorkspace": () => "Les membres sont invités dans un espace de travail\u00a0: choisissez-en un pour inviter.",
      "R5.nothingToChange": ({ name }) => `Rien à modifier pour ${name}\u00a0: indiquez un nouveau rôle, de nouveaux groupes, ou les deux.`,
      "R5.unknownGroups": ({ workspaceName, groups, count }, f) => {
        const names = f.list(groups.map((group) => quote(group)));
        const plural = `Les groupes ${names} n'existent pas dans ${workspaceName}\u202f; choisissez des groupes de cet espace de travail.`;
        return f.plural(count, {
          one: `Le groupe ${names} n'existe pas dans ${workspaceName}\u202f; choisissez des groupes de cet espace de travail.`,
          many: plural,
          other: plural,
        });
      },
      "R7.alreadyMember": ({ email, status }) => `${email} a déjà le statut ${quote(statusLabels[status])} dans cet espace de travail.`,
      "R7.restoreInstead": ({ email, status, offer }) =>
        `${hasStatus(email, status)} dans cet espace de travail\u00a0: ${offer === "unarchive" ? "désarchivez" : "réactivez"} ce membre plutôt que de l'inviter de nouveau.`,
      "R8.archivedInInstance": ({ email }) =>
        `Le compte ${email} est archivé au niveau de l'instance et ne peut pas recevoir d'invitation. Un super-administrateur doit d'abord le désarchiver.`,
      "R10.noPendingInvitation": ({ name, verb }) =>
        `${name} n'a aucune invitation en attente${verb === "resendInvitation" ? " à renvoyer" : ""}.`,
      "R10.cloudLinks": () =>
        "Les liens d'invitation ne peuvent être copiés que dans les déploiements auto-hébergés\u202f; dans le cloud, les invitations sont envoyées par e-mail.",
      "R11.alreadyArchived": ({ name }) => `${name} a déjà le statut ${quote(statusLabels.archived)} dans cet espace de travail.`,
      "R12.alreadyArchived": ({ name }) => `Le compte de ${name} est déjà archivé au niveau de l'instance.`,
      "R12.accountArchived": () => "Ce compte est archivé\u202f; demandez à un super-administrateur de le désarchiver.",
      "R13.notArchived": ({ name, status }) =>
        `Seuls les utilisateurs archivés au niveau de l'instance peuvent y être désarchivés\u202f; ${hasStatus(name, status)}.`,
      "R14.notArchived": ({ name, status }) => `Seuls les membres archivés peuvent être désarchivés\u202f; ${hasStatus(name, status)}.`,
      "R15.lastAdmin": ({ name, verb, workspaceNames, count }, f) =>
        `Il n'y a pas d'autre administrateur actif que ${name} dans ${f.list(workspaceNames)}\u202f; ${
          {
            archive: "l'archivage",
            archiveInstance: "l'archivage au niveau de l'instance",
            deactivate: "la désactivation",
            changeRole: "le retrait de son rôle d'administrateur",
          }[verb]
        } ${f.plural(count, { one: "le laisserait", many: "les laisserait", other: "les laisserait" })} sans administrateur. Nommez d'abord un autre administrateur.`,
      "R17.notActive": ({ name, status }) => `Seuls les membres actifs peuvent être désactivés\u202f; ${hasStatus(name, status)}.`,
      "R18.notInactive": ({ name, status }) => `Seuls les membres inactifs peuvent être réactivés\u202f; ${hasStatus(name, status)}.`,
      "R24.otherLifecycle": ({ verb, lifecycle }) =>
        `Les membres ne peuvent pas être ${{ archive: "archivés", unarchive: "désarchivés", deactivate: "désactivés", reactivate: "réactivés" }[verb]} ici\u00a0: cet espace de travail ${
          lifecycle === "archive" ? "archive et désarchive" : "désactive et réactive"
        } plutôt les membres.`,
      "R24.notActive": ({ name, status, part }) =>
        `${part === "role" ? "Le rôle ne peut être modifié" : "Les groupes ne peuvent être modifiés"} que pour les membres actifs\u202f; ${hasStatus(name, status)}.`,
      "R27.notPending": () => "Cette invitation n'est plus en attente.",
    },
    validation: {
      name_required: () => "Saisissez un nom.",
      name_too_long: ({ length, limit }, f) =>
        `Un nom peut comporter au maximum ${f.count(limit)} caractères\u202f; celui-ci en compte ${f.count(length)}.`,
      name_malformed_unicode: () =>
        "Le nom contient un caractère endommagé (la moitié d'un emoji ou d'un symbole)\u202f; saisissez-le de nouveau.",
      name_control_character: ({ codePoint }) =>
        `Un nom ne peut pas contenir de caractères de contrôle tels que des tabulations, des sauts de ligne ou NUL (ici ${codePoint}).`,
      name_bidi_control: ({ codePoint }) =>
        `Un nom ne peut pas contenir de caractères qui inversent ou isolent le sens du texte (ici ${codePoint})\u00a0: ils le font lire autrement qu'il n'est enregistré.`,
      name_invisible: () => "Le nom ne contient aucun caractère visible\u202f; saisissez un nom.",
      name_invisible_character: ({ codePoint }) =>
        `Le nom contient un caractère invisible (${codePoint})\u202f; saisissez-le de nouveau au lieu de le coller.`,
      email_required: () => "Saisissez une adresse e-mail.",
      email_too_long: ({ length, limit }, f) =>
        `Une adresse e-mail peut comporter au maximum ${f.count(limit)} caractères\u202f; celle-ci en compte ${f.count(length)}.`,
      email_malformed_unicode: () =>
        "L'adresse e-mail contient un caractère endommagé (la moitié d'un emoji ou d'un symbole)\u202f; saisissez-la de nouveau.",
      email_whitespace: () => "Une adresse e-mail ne peut pas contenir d'espaces, de tabulations ni de sauts de ligne.",
      email_invisible_character: ({ codePoint }) =>
        `L'adresse e-mail contient un caractère invisible ou de contrôle (${codePoint})\u202f; saisissez-la de nouveau au lieu de la coller.`,
      email_lookalike_at: ({ email, character: lookalike }) =>
        `${quote(email)} utilise «\u00a0${lookalike}\u00a0», qui ressemble à «\u00a0@\u00a0» mais n'en est pas un\u202f; saisissez de nouveau le «\u00a0@\u00a0».`,
      email_missing_at: ({ email }) => `Il manque un «\u00a0@\u00a0» dans ${quote(email)}.`,
      email_local_missing: () => "Ajoutez la partie avant le «\u00a0@\u00a0».",
      email_domain_missing: () => "Ajoutez le domaine après le «\u00a0@\u00a0», par exemple example.com.",
      email_local_too_long: ({ length, limit }, f) =>
        `La partie avant le «\u00a0@\u00a0» peut comporter au maximum ${f.count(limit)} caractères\u202f; celle-ci en compte ${f.count(length)}.`,
      email_local_invalid_character: ({ character: invalid }) =>
        `La partie avant le «\u00a0@\u00a0» contient «\u00a0${invalid}\u00a0», qui n'y est pas autorisé\u202f; utilisez les lettres A à Z, des chiffres et des symboles tels que . _ + -.`,
      email_local_dots: () => "La partie avant le «\u00a0@\u00a0» ne peut ni commencer ni se terminer par un point, ni contenir deux points consécutifs.",
      email_domain_invalid: ({ domain, character: invalid }) =>
        invalid === undefined
          ? `Le domaine ${quote(domain)} n'est pas un nom de domaine valide.`
          : `Le domaine ${quote(domain)} contient «\u00a0${invalid}\u00a0», qu'un nom de domaine ne peut pas contenir.`,
      email_domain_mixed_script: ({ domain, label, scripts }, f) => {
        const names = f.list(scripts.map((script) => scriptNames[script] ?? script));
        return `Le domaine ${quote(domain)} mélange les alphabets ${names} dans ${quote(label)}, un procédé courant pour imiter un autre domaine\u202f; saisissez-le dans un seul alphabet.`;
      },
      email_domain_numeric: ({ domain }) =>
        `Le domaine ${quote(domain)} se termine par un nombre\u202f; une adresse e-mail nécessite un nom de domaine comme example.com, pas une adresse IP.`,
      email_domain_no_dot: ({ domain }) => `Le domaine ${quote(domain)} doit contenir un point, comme example.com.`,
      email_label_too_long: ({ label, length, limit }, f) =>
        `Chaque partie du domaine entre deux points peut comporter au maximum ${f.count(limit)} caractères\u202f; ${quote(label)} en compte ${f.count(length)}.`,
      role_required: () => "Choisissez un rôle.",
      role_unknown: ({ role, roles }, f) => `${quote(role)} n'est pas un rôle disponible ici\u202f; choisissez ${f.list(roles, "disjunction")}.`,
      groups_invalid: () => "Les groupes doivent être une liste d'identifiants de groupes.",
      groups_unknown: ({ groups, count }, f) =>
        f.plural(count, {
          one: `Groupe inconnu\u00a0: ${f.list(groups)}.`,
          many: `Groupes inconnus\u00a0: ${f.list(groups)}.`,
          other: `Groupes inconnus\u00a0: ${f.list(groups)}.`,
        }),
      metadata_too_large: (params, f) =>
        "bytes" in params
          ? `Les métadonnées font ${f.count(params.bytes)} octets\u202f; la limite est de ${f.count(params.limit)} octets.`
          : `Les métadonnées font ${f.count(params.length)} caractères\u202f; la limite est de ${f.count(params.limit)} octets, elles n'ont donc pas été lues. Supprimez-en une partie.`,
      metadata_not_object: ({ type }) => `Les métadonnées doivent être un objet JSON comme {"team": "design"}, et non ${jsonType[type]}.`,
      metadata_not_flat: ({ key, type }) =>
        `Les métadonnées doivent être plates\u00a0: ${quote(key)} contient ${jsonType[type]}\u202f; utilisez une chaîne, un nombre, un booléen ou null.`,
      metadata_number_out_of_range: ({ key }) =>
        `Le nombre de la clé de métadonnées ${quote(key)} est trop grand pour être enregistré\u202f; écrivez-le sous forme de chaîne.`,
      metadata_malformed_unicode: ({ key }) =>
        `L'entrée de métadonnées ${quote(key)} contient un caractère endommagé (la moitié d'un emoji ou d'un symbole) qui ne peut pas être enregistré.`,
      metadata_nul_character: ({ key }) =>
        `L'entrée de métadonnées ${quote(key)} contient un caractère NUL (\\u0000), que les bases de données ne peuvent pas enregistrer\u202f; supprimez-le.`,
      json_unexpected_end: ({ expected }) =>
        expected === "value" ? "Fin inattendue du texte\u00a0: une valeur est manquante." : `${jsonExpected[expected]}, mais le texte se termine.`,
      json_unexpected_character: ({ expected, found }) =>
        expected === "value"
          ? `Caractère ${character(found)} inattendu\u00a0: une valeur est attendue.`
          : `${jsonExpected[expected]}, mais ${character(found)} a été trouvé.`,
      json_trailing_content: ({ found }) => `Caractère ${character(found)} inattendu après la fin de la valeur JSON.`,
      json_unterminated_string: () => "Chaîne non terminée\u00a0: un guillemet double fermant est manquant.",
      json_control_character: ({ codePoint }) => `Le caractère de contrôle ${codePoint} doit être échappé dans les chaînes.`,
      json_invalid_escape: ({ escape }) =>
        `Séquence d'échappement ${quote(escape)} non valide dans une chaîne${escape.startsWith("\\u") ? "\u00a0: \\u doit être suivi de quatre chiffres hexadécimaux" : ""}.`,
      json_duplicate_key: ({ key }) =>
        `La clé ${quote(key, 40)} apparaît deux fois dans le même objet\u202f; chaque clé ne peut apparaître qu'une seule fois.`,
      json_forbidden_key: ({ key }) => `La clé ${quote(key, 40)} n'est pas autorisée.`,
      json_too_deep: ({ limit }, f) => `Le JSON imbrique des objets et des tableaux sur plus de ${f.count(limit)} niveaux, ce qui est la limite.`,
      json_too_long: ({ length, limit }, f) => `Le texte compte ${f.count(length)} caractères\u202f; la limite est de ${f.count(limit)}.`,
      json_not_text: ({ type }) => `Texte JSON attendu, et non une valeur de type ${quote(type)}.`,
    },
    console: {
      allUsers: "Tous les utilisateurs",
      scopeLabel: "Espace de travail",
      loadingTitle: "Chargement…",
      seatCountHint: "Les membres actifs, invités ou demandés sont comptés\u202f; les membres archivés et inactifs ne le sont pas.",
      partFailed: ({ part }) =>
        `${
          {
            "seat-count": "Le nombre de postes facturables n'a pas pu être affiché",
            "scope-switcher": "Le sélecteur d'espace de travail n'a pas pu être affiché",
            invite: "Le formulaire d'invitation n'a pas pu être affiché",
            table: "Le tableau des membres n'a pas pu être affiché",
            details: "Les détails du membre n'ont pas pu être affichés",
            confirm: "La boîte de dialogue de confirmation n'a pas pu être affichée",
            activity: "L'activité n'a pas pu être affichée",
            export: "L'export CSV n'a pas pu être affiché",
            bulk: "Les actions groupées n'ont pas pu être affichées",
            menu: "Le menu des actions n'a pas pu être affiché",
          }[part]
        } en raison d'une erreur. Le reste de la page fonctionne toujours${part === "invite" ? " et rien de ce que vous avez saisi n'est perdu" : ""}.`,
      partRetry: "Réessayer",
      partClose: "Fermer",
      partLoading: ({ part }) =>
        ({
          "seat-count": "Chargement du nombre de postes facturables…",
          "scope-switcher": "Chargement du sélecteur d'espace de travail…",
          invite: "Ouverture du formulaire d'invitation…",
          table: "Chargement du tableau des membres…",
          details: "Chargement des détails du membre…",
          confirm: "Chargement de la boîte de dialogue de confirmation…",
          activity: "Chargement de l'activité…",
          export: "Ouverture de l'export CSV…",
          bulk: "Chargement des actions groupées…",
          menu: "Ouverture du menu des actions…",
        })[part],
    },
  },
};
