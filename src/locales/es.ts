import type { RosterLocale, RosterMessages } from "../react/messages";
import { describeCharacter, quoteText } from "../react/format";

/** What a person typed, in «…», cut by {@link quoteText} so that a pasted megabyte never fills the screen. */
const quote = (text: string, max?: number): string => quoteText(text, "«", "»", max);
/** A character as a message names it: in «…» when it can be seen, by its code point (`U+0009`) when not. */
const character = (char: string): string => describeCharacter(char, "«", "»");

const statusLabels: RosterMessages["status"]["label"] = {
  requested: "Solicitado",
  invited: "Invitado",
  active: "Activo",
  archived: "Archivado",
  inactive: "Inactivo",
};

/** A member's status, named by its badge: "… tiene el estado «Archivado»" (agrees with any name). */
function hasStatus(name: string, status: keyof RosterMessages["status"]["label"]): string {
  return `${name} tiene el estado ${quote(statusLabels[status])}`;
}

const statusActions: RosterMessages["confirm"]["confirm"] = {
  archive: "Archivar usuario",
  unarchive: "Desarchivar usuario",
  archiveInstance: "Archivar en la instancia",
  unarchiveInstance: "Desarchivar en la instancia",
  deactivate: "Desactivar",
  reactivate: "Reactivar",
};

const invitedDescription = "Invitación enviada; a la espera de que la acepte.";
const noGroups = "Este espacio de trabajo no tiene grupos.";

/** A JSON type, with its article: "… no un objeto". */
const jsonType = {
  null: "null",
  array: "un array",
  object: "un objeto",
  string: "una cadena",
  number: "un número",
  boolean: "un booleano",
  other: "un valor que JSON no puede representar",
} as const;

/** What a JSON parser expected where it stopped, other than a value. */
const jsonExpected = {
  propertyName: "Se esperaba un nombre de propiedad entre comillas dobles",
  colon: "Se esperaba «:»",
  commaOrBracket: "Se esperaba «,» o «]» después de un elemento del array",
  commaOrBrace: "Se esperaba «,» o «}» después del valor de una propiedad",
} as const;

/** The alphabets a domain may mix to imitate another one, by their English names (as the core names them). */
const scriptNames: Readonly<Record<string, string>> = {
  Latin: "latino",
  Cyrillic: "cirílico",
  Greek: "griego",
  Armenian: "armenio",
  Cherokee: "cheroqui",
};

/** The kit's columns by name: the table's headers and the export's choices say the same. */
const columnNames = {
  name: "Nombre",
  email: "Correo electrónico",
  status: "Estado",
  role: "Rol",
  groups: "Grupos",
  invitedAt: "Invitación",
  lastActiveAt: "Última actividad",
} as const;

/** Spanish (`rosterkit/locales/es`): every message of the kit, addressing the reader as "tú". */
export const es: RosterLocale = {
  locale: "es",
  messages: {
    status: {
      label: statusLabels,
      description: {
        archive: {
          requested: "Invitación enviada a una persona sin cuenta; a la espera de que se registre.",
          invited: invitedDescription,
          active: "Tiene acceso.",
          archived: "Sin acceso. Al desarchivar se envía una nueva invitación.",
        },
        deactivate: {
          invited: invitedDescription,
          active: "Tiene acceso.",
          inactive: "No puede iniciar sesión ni recibir asignaciones. Al reactivar se restablece el acceso de inmediato.",
        },
      },
    },
    actions: {
      ...statusActions,
      menuLabel: ({ name }) => `Acciones para ${name}`,
      resendInvitation: "Reenviar invitación",
      copyInvitationLink: "Copiar enlace de invitación",
      edit: "Editar rol y grupos",
      viewDetails: "Ver detalles",
      archiveRevokesHint: "Revoca la invitación pendiente.",
      invitationLinkField: ({ name }) => `Enlace de invitación de ${name}`,
      invitationFailed: ({ reason }) => `No se pudo procesar la invitación: ${reason}`,
    },
    member: {
      you: "Tú",
      superAdmin: "Superadministrador",
      unnamed: "(sin nombre)",
      noGroups: "Sin grupos",
      moreGroups: ({ count }, f) => `+${f.count(count)} más`,
      groupsLabel: ({ name }) => `Grupos de ${name}`,
      neverActive: "Nunca",
    },
    confirm: {
      title: {
        archive: ({ name }) => `¿Archivar a ${name}?`,
        unarchive: ({ name }) => `¿Desarchivar a ${name}?`,
        archiveInstance: ({ name }) => `¿Archivar a ${name} en toda la instancia?`,
        unarchiveInstance: ({ name }) => `¿Desarchivar a ${name} en la instancia?`,
        deactivate: ({ name }) => `¿Desactivar a ${name}?`,
        reactivate: ({ name }) => `¿Reactivar a ${name}?`,
      },
      confirm: statusActions,
      pending: {
        archive: "Archivando…",
        unarchive: "Desarchivando…",
        archiveInstance: "Archivando…",
        unarchiveInstance: "Desarchivando…",
        deactivate: "Desactivando…",
        reactivate: "Reactivando…",
      },
      cancel: "Cancelar",
      consequencesLabel: "Qué ocurrirá",
      accessLostWorkspace: ({ name, workspace }) => `${name} pierde el acceso a ${workspace}. Sus demás espacios de trabajo no se ven afectados.`,
      accessLostInstance: ({ name }) =>
        `${name} ya no puede iniciar sesión y pierde el acceso a todos los espacios de trabajo. No se le puede invitar hasta que un superadministrador desarchive su cuenta.`,
      accessLostDeactivate: ({ name }) =>
        `${name} ya no puede iniciar sesión, deja de recibir notificaciones y no se le pueden asignar registros nuevos.`,
      accessRestoredReactivate: ({ name }) => `${name} puede volver a iniciar sesión de inmediato, con el rol y los grupos que tenía antes.`,
      accessRestoredUnarchive: ({ name, workspace }) =>
        `${name} recibe una nueva invitación a ${workspace} y recupera el acceso en cuanto la acepte.`,
      accessRestoredInstance: ({ name }) =>
        `${name} puede volver a iniciar sesión y recibir invitaciones. Sus membresías siguen archivadas hasta que los administradores de cada espacio de trabajo las desarchiven.`,
      workspacesAffected: ({ workspaces }, f) =>
        f.plural(workspaces.length, {
          one: `Espacio de trabajo afectado: ${f.list(workspaces)}.`,
          many: `Espacios de trabajo afectados: ${f.list(workspaces)}.`,
          other: `Espacios de trabajo afectados: ${f.list(workspaces)}.`,
        }),
      invitationRevoked: "Su enlace de invitación pendiente deja de funcionar.",
      emailSent: ({ email }) => `Se envía un correo de invitación a ${email}.`,
      noEmailSent: "No se envía ningún correo.",
      seatChange: ({ before, after, workspace }, f) =>
        `${workspace === undefined ? "Puestos facturables" : `Puestos facturables en ${workspace}`}: ${f.count(before)} → ${f.count(after)}.`,
      seatDelta: ({ delta, workspace }, f) => {
        const seats = f.plural(Math.abs(delta), { one: "# puesto facturable", many: "# de puestos facturables", other: "# puestos facturables" });
        const where = workspace === undefined ? "" : ` en ${workspace}`;
        return delta < 0 ? `Libera ${seats}${where}.` : `Ocupa ${seats}${where}.`;
      },
      seatUnchanged: "Los puestos facturables no cambian.",
      nothingDeleted: "No se elimina nada de lo que haya creado.",
      instanceUnarchived: ({ name }) => `El desarchivado también se aplica a nivel de instancia: ${name} puede volver a iniciar sesión.`,
      conflict: ({ name }) => `Otra persona modificó a ${name} mientras esto estaba abierto. No se aplicó nada; revisa su estado actual.`,
      failed: ({ name, reason }) => `No se pudo modificar a ${name}: ${reason}`,
      retry: "Reintentar",
      close: "Cerrar",
      startAgain: "Empezar de nuevo",
      currentStatus: "Estado actual",
      currentRole: "Rol actual",
    },
    invite: {
      openButton: "Invitar miembros",
      title: "Invitar miembros",
      description: ({ workspace }) => `Cada persona recibe un correo de invitación para unirse a ${workspace}.`,
      inviteeLegend: ({ index }, f) => `Persona ${f.count(index)}`,
      nameLabel: "Nombre",
      emailLabel: "Correo electrónico",
      roleLabel: "Rol",
      rolePlaceholder: "Elige un rol",
      groupsLabel: "Grupos",
      groupsHint: "Los grupos que quieras.",
      metadataLabel: "Metadatos (JSON)",
      metadataHint: 'Un objeto JSON, como {"team": "design"}.',
      optional: "opcional",
      required: "obligatorio",
      addInvitee: "Añadir otra persona",
      removeInvitee: ({ index }, f) => `Quitar persona ${f.count(index)}`,
      submit: ({ count }, f) => f.plural(count, { one: "Enviar invitación", many: "Enviar # de invitaciones", other: "Enviar # invitaciones" }),
      submitting: "Enviando…",
      cancel: "Cancelar",
      close: "Cerrar",
      metadataPosition: ({ message, line, column }, f) => `Línea ${f.count(line)}, columna ${f.count(column)}: ${message}`,
      duplicate: ({ email, status }) => `${email} ya tiene el estado ${quote(status)} en este espacio de trabajo.`,
      offerUnarchive: ({ email }) => `La membresía de ${email} está archivada en este espacio de trabajo. ¿Desarchivarla en su lugar?`,
      offerReactivate: ({ email }) => `La membresía de ${email} está inactiva en este espacio de trabajo. ¿Reactivarla en su lugar?`,
      archivedInInstance: ({ email }) =>
        `La cuenta de ${email} está archivada a nivel de instancia. Un superadministrador debe desarchivarla primero.`,
      fieldRefused: "El servidor no aceptó este valor. Revísalo y vuelve a intentarlo.",
      errorSummary: ({ count }, f) =>
        f.plural(count, { one: "Corrige # error para continuar.", many: "Corrige # de errores para continuar.", other: "Corrige # errores para continuar." }),
      errorSummaryEntry: ({ field, person, people, error }, f) =>
        people === 1 ? `${field}: ${error}` : `${field} de la persona ${f.count(person)}: ${error}`,
      resultsTitle: "Invitaciones",
      resultInvited: ({ email }) => `${email}: invitación enviada.`,
      resultRequested: ({ email }) => `${email}: solicitud registrada; se le pedirá que cree una cuenta.`,
      resultFailed: ({ email, reason }) => `${email}: invitación no enviada. ${reason}`,
      resultSummary: ({ sent, failed }, f) =>
        failed === 0
          ? f.plural(sent, { one: "# invitación enviada.", many: "# de invitaciones enviadas.", other: "# invitaciones enviadas." })
          : `${f.plural(sent, { one: "# invitación enviada", many: "# de invitaciones enviadas", other: "# invitaciones enviadas" })}, ${f.plural(failed, { one: "# con error", many: "# con errores", other: "# con errores" })}.`,
      copyLink: ({ email }) => `Copiar el enlace de invitación de ${email}`,
      inviteMore: "Invitar a más personas",
      retryFailed: "Editar y reintentar las fallidas",
      unarchiveInstead: "Desarchivar en su lugar",
      reactivateInstead: "Reactivar en su lugar",
      invitationLinkLabel: ({ email }) => `Enlace de invitación de ${email}`,
      copied: "Copiado",
      emailConverted: ({ typed, stored, email }) =>
        `El dominio ${quote(typed)} se guardará como ${quote(stored)}, la forma que usan los sistemas de correo para los dominios internacionales: la invitación se enviará a ${email}.`,
      requestFailed: ({ reason }) => `No se envió nada: ${reason} Se conserva todo lo que escribiste.`,
      retry: "Reintentar",
      noGroups,
    },
    bulkInvite: {
      modeLabel: "Cómo invitar",
      modeSingle: "Una a una",
      modeBulk: "Desde una lista o un CSV",
      fileLabel: "Archivo CSV",
      fileHint: ({ limit }, f) =>
        `Una fila de encabezado y luego una persona por fila, en las columnas name, email, role, groups (separados por ; o |) y metadata (JSON). Hasta ${f.count(limit)} personas.`,
      template: "Descargar la plantilla CSV",
      pasteLabel: "O pega correos electrónicos",
      pasteHint:
        "Uno por línea o separados por comas, como ada@example.com o Ada Lovelace <ada@example.com>. También funciona una tabla copiada de una hoja de cálculo.",
      addPasted: "Añadir a la lista",
      defaultRoleLabel: "Rol para las filas que no tienen uno",
      reading: "Leyendo…",
      loading: "Cargando…",
      load: {
        empty: () => "No hay nadie a quien invitar: añade una persona por fila, debajo de una fila de encabezado.",
        no_email_column: ({ columns }, f) =>
          `Ninguna columna contiene correos electrónicos. La primera fila debe nombrar las columnas (name, email, role, groups, metadata); tiene: ${columns.length === 0 ? "nada" : f.list(columns)}.`,
        repeated_column: ({ field, columns }, f) =>
          `Las columnas ${f.list(columns)} contienen todas ${
            { name: "el nombre", email: "el correo electrónico", role: "el rol", groups: "los grupos", metadata: "los metadatos" }[field]
          }; conserva solo una.`,
        too_many_rows: ({ limit, count }, f) =>
          `Se puede invitar como máximo a ${f.count(limit)} personas a la vez; ${count === null ? "aquí hay más" : `aquí hay ${f.count(count)}`}. Divide la lista en archivos más pequeños.`,
        unclosed_quote: ({ row }, f) =>
          `La fila ${f.count(row)} abre un campo entre comillas que nunca se cierra, así que no se puede leer el resto. Cierra las comillas.`,
        not_text: () => "No es un archivo de texto. Guarda la hoja de cálculo como CSV (UTF-8) y elige ese archivo.",
      },
      loadRefused: ({ reason }) => `No se añadió nada: ${reason} Se conservan las filas que ya estaban en la lista.`,
      ignoredColumns: ({ columns }, f) => `Columnas ignoradas: ${f.list(columns)}.`,
      previewTitle: "Personas que invitar",
      previewSummary: ({ total, invited, ready, invalid }, f) =>
        `${f.plural(total, { one: "# persona", many: "# de personas", other: "# personas" })}: ${invited > 0 ? `${f.plural(invited, { one: "# invitada", many: "# invitadas", other: "# invitadas" })}, ` : ""}${f.plural(ready, { one: "# lista", many: "# listas", other: "# listas" })}, ${f.count(invalid)} por corregir.`,
      rowColumn: "Fila",
      statusColumn: "Estado",
      fieldLabel: ({ field, row }, f) => `${field}, fila ${f.count(row)}`,
      removeRow: ({ row }, f) => `Quitar fila ${f.count(row)}`,
      removeInvalid: ({ count }, f) =>
        f.plural(count, { one: "Quitar la fila con un problema", many: "Quitar las # de filas con problemas", other: "Quitar las # filas con problemas" }),
      onlyToFix: "Mostrar solo las filas por corregir",
      duplicateInFile: ({ row }, f) => `El mismo correo que la fila ${f.count(row)}.`,
      outcome: {
        ready: "Lista",
        invalid: "Por corregir",
        queued: "En espera",
        sending: "Enviando",
        invited: "Invitada",
        refused: "No invitada",
        failed: "No enviada",
      },
      notSent: ({ reason }) => `No enviada: ${reason} Reintenta para volver a enviarla.`,
      send: ({ count }, f) => f.plural(count, { one: "Enviar # invitación", many: "Enviar # de invitaciones", other: "Enviar # invitaciones" }),
      nothingToSend: "Corrige o quita las filas con problemas para enviar.",
      progressLabel: "Enviando invitaciones",
      progress: ({ done, total }, f) => `${f.count(done)} de ${f.count(total)} enviadas`,
      cancel: "Detener después de este lote",
      cancelling: "Deteniendo después de este lote…",
      resultSummary: ({ invited, notInvited }, f) =>
        notInvited === 0
          ? f.plural(invited, { one: "# invitación enviada.", many: "# de invitaciones enviadas.", other: "# invitaciones enviadas." })
          : `${f.plural(invited, { one: "# invitación enviada", many: "# de invitaciones enviadas", other: "# invitaciones enviadas" })}; ${f.plural(notInvited, {
              one: "# persona no fue invitada: corrige su fila y reintenta",
              many: "# de personas no fueron invitadas: corrige sus filas y reintenta",
              other: "# personas no fueron invitadas: corrige sus filas y reintenta",
            })}.`,
      retryFailed: ({ count }, f) => f.plural(count, { one: "Reintentar # fila", many: "Reintentar # de filas", other: "Reintentar # filas" }),
      startOver: "Empezar de nuevo",
    },
    memberEdit: {
      title: ({ name }) => `Editar rol y grupos de ${name}`,
      roleLabel: "Rol",
      groupsLabel: "Grupos",
      save: "Guardar cambios",
      saving: "Guardando…",
      cancel: "Cancelar",
      conflict: ({ name }) => `Otra persona modificó a ${name}. Se muestran su rol y sus grupos actuales; revísalos y vuelve a guardar.`,
      failed: ({ reason }) => `No se guardó: ${reason} Se conservan tus selecciones.`,
      retry: "Reintentar",
      startAgain: "Editar sus valores actuales",
      currentValues: "Valores actuales",
      noGroups,
    },
    table: {
      workspaceCaption: ({ workspace }) => `Miembros de ${workspace}`,
      instanceCaption: "Todos los usuarios",
      columns: {
        ...columnNames,
        workspaces: "Espacios de trabajo",
        actions: "Acciones",
      },
      sortBy: ({ column }) => `Ordenar por ${column}`,
      sortedAscending: "orden ascendente",
      sortedDescending: "orden descendente",
      searchLabel: "Buscar miembros",
      searchPlaceholder: "Buscar por nombre o correo",
      clearSearch: "Borrar búsqueda",
      statusFilterLabel: "Estado",
      roleFilterLabel: "Rol",
      allStatuses: "Todos los estados",
      allRoles: "Todos los roles",
      clearFilters: "Borrar filtros",
      loading: "Cargando miembros…",
      empty: "Aún no hay miembros",
      emptyHint: "Invita a personas para darles acceso.",
      noMatches: "Ningún miembro coincide",
      noMatchesHint: "Prueba con otra búsqueda o borra los filtros.",
      errorTitle: "No se pudieron cargar los miembros",
      retry: "Reintentar",
      scrollHint: "Desplázate horizontalmente para ver todas las columnas.",
      paginationLabel: "Paginación",
      pageRange: ({ from, to, total }, f) =>
        total === null ? `${f.count(from)}–${f.count(to)}` : `${f.count(from)}–${f.count(to)} de ${f.count(total)}`,
      pageOf: ({ page, pages }, f) => `Página ${f.count(page)} de ${f.count(pages)}`,
      previousPage: "Página anterior",
      nextPage: "Página siguiente",
      firstPage: "Primera página",
      lastPage: "Última página",
      pageSize: "Filas por página",
      billableSeats: ({ count }, f) => f.plural(count, { one: "# puesto facturable", many: "# de puestos facturables", other: "# puestos facturables" }),
      memberCount: ({ count }, f) => f.plural(count, { "=0": "Ningún miembro", one: "# miembro", many: "# de miembros", other: "# miembros" }),
      selectRow: ({ name }) => `Seleccionar a ${name}`,
      selectPage: "Seleccionar todos los miembros de esta página",
      selectedCount: ({ count }, f) => f.plural(count, { one: "# seleccionado", many: "# seleccionados", other: "# seleccionados" }),
      clearSelection: "Borrar selección",
      selectionToggle: "Seleccionar",
      selectionOn: "Selección activada: cada fila tiene ahora una casilla.",
      selectionOff: "Selección desactivada.",
      bulkArchive: "Archivar selección",
      bulkDeactivate: "Desactivar selección",
      bulkTitle: ({ count, action }, f) =>
        f.plural(
          count,
          action === "archive"
            ? { one: "¿Archivar # miembro?", many: "¿Archivar # de miembros?", other: "¿Archivar # miembros?" }
            : { one: "¿Desactivar # miembro?", many: "¿Desactivar # de miembros?", other: "¿Desactivar # miembros?" },
        ),
      bulkDescription: ({ action }) =>
        `${
          action === "archive"
            ? "Los miembros archivados pierden el acceso a este espacio de trabajo y sus invitaciones pendientes dejan de funcionar."
            : "Los miembros desactivados ya no pueden iniciar sesión."
        } Cada miembro se modifica por separado: se omiten los miembros que no puedes modificar y se muestra cada resultado. No se elimina nada.`,
      bulkConfirm: ({ count, action }, f) =>
        f.plural(
          count,
          action === "archive"
            ? { one: "Archivar # miembro", many: "Archivar # de miembros", other: "Archivar # miembros" }
            : { one: "Desactivar # miembro", many: "Desactivar # de miembros", other: "Desactivar # miembros" },
        ),
      bulkApplying: "Aplicando…",
      bulkResultsLabel: "Resultados",
      bulkSucceeded: ({ name, status }) => `${name}: nuevo estado ${quote(status)}.`,
      bulkRefused: ({ name, reason }) => `${name}: sin cambios. ${reason}`,
      bulkFailed: ({ name, reason }) => `${name}: error. ${reason}`,
      bulkWaiting: ({ name }) => `${name}: en espera…`,
      bulkSummary: ({ succeeded, refused, failed }, f) =>
        `${f.list([
          f.plural(succeeded, { one: "# modificado", many: "# modificados", other: "# modificados" }),
          ...(refused > 0 ? [f.plural(refused, { one: "# rechazado", many: "# rechazados", other: "# rechazados" })] : []),
          ...(failed > 0 ? [f.plural(failed, { one: "# con error", many: "# con errores", other: "# con errores" })] : []),
        ])}.`,
      close: "Cerrar",
      unsupported: ({ feature }) =>
        `El servidor no puede ${
          {
            search: "buscar",
            filterByStatus: "filtrar por estado",
            filterByRole: "filtrar por rol",
            filterByMetadata: "filtrar por este campo",
            sort: "ordenar por esta columna",
            page: "ir a esta página",
          }[feature]
        }; filtrar solo la página mostrada ocultaría miembros.`,
      membershipCount: ({ count }, f) =>
        f.plural(count, { "=0": "Ningún espacio de trabajo", one: "# espacio de trabajo", many: "# de espacios de trabajo", other: "# espacios de trabajo" }),
      noMetadataValue: "Sin definir",
      anyValue: "Todos los valores",
    },
    export: {
      trigger: "Exportar CSV",
      title: "Exportar miembros como CSV",
      description: ({ filtered }) =>
        `${filtered ? "Todos los miembros que coinciden con la búsqueda y los filtros actuales" : "Todos los miembros de esta lista"}, en el orden actual, en todas las páginas.`,
      columnsLegend: "Columnas",
      columns: {
        ...columnNames,
        metadata: "Todos los metadatos (JSON)",
      },
      noColumns: "Elige al menos una columna.",
      submit: "Exportar",
      cancel: "Cancelar",
      progress: ({ count }, f) =>
        f.plural(count, {
          "=0": "Exportando…",
          one: "Exportando… # miembro hasta ahora",
          many: "Exportando… # de miembros hasta ahora",
          other: "Exportando… # miembros hasta ahora",
        }),
      stop: "Detener exportación",
      done: ({ count, fileName }, f) =>
        f.plural(count, {
          "=0": `No se exportó ningún miembro a ${fileName}.`,
          one: `# miembro exportado a ${fileName}.`,
          many: `# de miembros exportados a ${fileName}.`,
          other: `# miembros exportados a ${fileName}.`,
        }),
      failed: ({ reason }) => `La exportación falló: ${reason} Se conserva tu selección; vuelve a intentarlo.`,
      retry: "Reintentar",
      close: "Cerrar",
    },
    details: {
      title: ({ name }) => `Detalles de ${name}`,
      close: "Cerrar detalles",
      status: "Estado",
      email: "Correo electrónico",
      role: "Rol",
      groups: "Grupos",
      workspaces: "Espacios de trabajo",
      metadata: "Metadatos",
      noMetadata: "Ninguno",
      invitedAt: "Invitación",
      lastActiveAt: "Última actividad",
      actions: "Acciones",
      loading: "Cargando miembro…",
      otherWorkspaces: "Otros espacios de trabajo",
    },
    activity: {
      timelineTitle: "Historial",
      logTitle: "Actividad",
      showLog: "Actividad",
      showMembers: "Miembros",
      viewsLabel: "Vista",
      byline: {
        invite: ({ actor }) => `Invitado por ${actor}`,
        acceptInvitation: ({ actor, self }) => (self ? "Aceptó la invitación" : `Invitación aceptada por ${actor}`),
        resendInvitation: ({ actor }) => `Invitación reenviada por ${actor}`,
        revokeInvitation: ({ actor }) => `Invitación revocada por ${actor}`,
        archive: ({ actor }) => `Archivado por ${actor}`,
        unarchive: ({ actor }) => `Desarchivado por ${actor}`,
        deactivate: ({ actor }) => `Desactivado por ${actor}`,
        reactivate: ({ actor }) => `Reactivado por ${actor}`,
        changeRole: ({ actor }) => `Rol cambiado por ${actor}`,
        changeGroups: ({ actor, self }) => (self ? "Cambió sus propios grupos" : `Grupos cambiados por ${actor}`),
        updateMember: ({ actor, self }) => (self ? "Actualizó sus propios datos" : `Actualizado por ${actor}`),
      },
      sentence: {
        invite: ({ actor, target }) => `${actor} invitó a ${target}`,
        acceptInvitation: ({ target }) => `${target} aceptó la invitación`,
        resendInvitation: ({ actor, target }) => `${actor} reenvió la invitación a ${target}`,
        revokeInvitation: ({ actor, target }) => `${actor} revocó la invitación de ${target}`,
        archive: ({ actor, target }) => `${actor} archivó a ${target}`,
        unarchive: ({ actor, target }) => `${actor} desarchivó a ${target}`,
        deactivate: ({ actor, target }) => `${actor} desactivó a ${target}`,
        reactivate: ({ actor, target }) => `${actor} reactivó a ${target}`,
        changeRole: ({ actor, target }) => `${actor} cambió el rol de ${target}`,
        changeGroups: ({ actor, target, self }) => (self ? `${target} cambió sus propios grupos` : `${actor} cambió los grupos de ${target}`),
        updateMember: ({ actor, target, self }) => (self ? `${target} actualizó sus propios datos` : `${actor} actualizó los datos de ${target}`),
      },
      instanceLevel: "Todos los espacios de trabajo",
      when: ({ date, relative }) => `${date} (${relative})`,
      statusChange: ({ before, after }) => (before === null ? `Estado: ${after}` : `Estado: ${before} → ${after}`),
      roleChange: ({ before, after }) => (before === null ? `Rol: ${after}` : `Rol: ${before} → ${after}`),
      groupsAdded: ({ groups }, f) => `Se añadió a ${f.list(groups)}`,
      groupsRemoved: ({ groups }, f) => `Se quitó de ${f.list(groups)}`,
      someone: "Alguien",
      actionFilter: "Acción",
      allActions: "Todas las acciones",
      actionName: {
        invite: "Invitación",
        acceptInvitation: "Invitación aceptada",
        resendInvitation: "Invitación reenviada",
        revokeInvitation: "Invitación revocada",
        archive: "Archivado",
        unarchive: "Desarchivado",
        deactivate: "Desactivación",
        reactivate: "Reactivación",
        changeRole: "Cambio de rol",
        changeGroups: "Cambio de grupos",
        updateMember: "Actualización",
      },
      personFilter: "Persona",
      personHint: "Un nombre o correo del historial.",
      personRole: "Su participación",
      personAsActor: "Hizo el cambio",
      personAsTarget: "Recibió el cambio",
      personUnknown: ({ text }) => `Nadie del historial coincide con ${quote(text)}. Elige un nombre de la lista o borra el campo.`,
      applyFilters: "Filtrar",
      clearFilters: "Borrar filtros",
      filtersLabel: "Filtrar la actividad",
      loading: "Cargando actividad…",
      loadMore: "Cargar más",
      loadingMore: "Cargando más…",
      emptyTimeline: "Aún no hay cambios registrados.",
      emptyLog: "Aún no hay actividad registrada.",
      emptyFiltered: "Ninguna actividad coincide con estos filtros.",
      end: "Ese es todo el historial.",
      failed: ({ reason }) => `No se pudo cargar la actividad. ${reason}`,
      retry: "Reintentar",
      loaded: ({ count, more }, f) =>
        `${f.plural(count, {
          "=0": "No se muestra ningún evento.",
          one: "Se muestra # evento.",
          many: "Se muestran # de eventos.",
          other: "Se muestran # eventos.",
        })}${more ? " Se pueden cargar eventos anteriores." : ""}`,
    },
    announcements: {
      statusChanged: ({ name, status }) => `Nuevo estado de ${name}: ${status}.`,
      statusChangeFailed: ({ name, reason }) => `No se pudo modificar a ${name}: ${reason}`,
      statusConflict: ({ name, status }) =>
        `No se modificó a ${name}: otra persona hizo cambios antes.${status === null ? "" : ` Estado actual: ${status}.`} Revisa su estado actual.`,
      invitationsSent: ({ count }, f) =>
        f.plural(count, { one: "# invitación enviada.", many: "# de invitaciones enviadas.", other: "# invitaciones enviadas." }),
      invitationResent: ({ email }) => `Invitación reenviada a ${email}.`,
      linkCopied: "Enlace de invitación copiado.",
      linkCopyFailed: "No se pudo copiar el enlace de invitación.",
      memberUpdated: ({ name }) => `Se guardaron los cambios de ${name}.`,
      listLoaded: ({ count, total }, f) =>
        total === null
          ? f.plural(count, {
              "=0": "No se muestra ningún miembro.",
              one: "Se muestra # miembro.",
              many: "Se muestran # de miembros.",
              other: "Se muestran # miembros.",
            })
          : f.plural(total, {
              "=0": "No se encontró ningún miembro.",
              one: "Se encontró # miembro.",
              many: "Se encontraron # de miembros.",
              other: "Se encontraron # miembros.",
            }),
      sortChanged: ({ column, direction }) => `Ordenado por ${column}, ${direction === "asc" ? "ascendente" : "descendente"}.`,
    },
    errors: {
      forbidden: "No tienes permiso para hacer esto.",
      not_found: "Este miembro ya no existe.",
      conflict: "Otra persona modificó a este miembro. Revisa su estado actual y vuelve a intentarlo.",
      validation: "Algunos campos requieren atención.",
      last_admin: "Un espacio de trabajo quedaría sin ningún administrador activo.",
      archived_in_instance: "Este usuario está archivado a nivel de instancia. Un superadministrador debe desarchivarlo primero.",
      duplicate: "Esta persona ya es miembro del espacio de trabajo.",
      invalid_transition: "Esta acción no se aplica al estado actual del miembro.",
      rate_limited: "Demasiadas solicitudes. Espera un momento y vuelve a intentarlo.",
      idempotency_mismatch: "Se rechazó esta solicitud porque repetía otra anterior distinta. No se modificó nada; vuelve a intentarlo.",
      limit_exceeded: "Esta solicitud es demasiado grande. Envía menos personas o menos datos a la vez.",
      network: "No se pudo conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.",
      timeout: "El servidor no respondió a tiempo. Comprueba tu conexión y vuelve a intentarlo.",
      unknown: "Algo salió mal. Vuelve a intentarlo.",
    },
    denials: {
      "R1.notMember": () => "Solo los miembros de este espacio de trabajo pueden ver a sus miembros.",
      "R1.notAdmin": ({ verb }) =>
        `Solo los administradores de este espacio de trabajo pueden ${
          {
            invite: "invitar a miembros",
            archive: "archivar miembros",
            unarchive: "desarchivar miembros",
            deactivate: "desactivar miembros",
            reactivate: "reactivar miembros",
            edit: "editar miembros",
          }[verb]
        }.`,
      "R1.activityAdminsOnly": () => "Solo los administradores de este espacio de trabajo pueden ver su actividad.",
      "R2.notSuperAdmin": ({ verb }) =>
        `Solo los superadministradores pueden ${
          {
            archiveInstance: "archivar a nivel de instancia",
            unarchiveInstance: "desarchivar a nivel de instancia",
            viewInstanceUsers: "ver «Todos los usuarios» de la instancia",
            viewInstanceActivity: "ver la actividad de toda la instancia",
          }[verb]
        }.`,
      "R2.instanceArchived": ({ name }) =>
        `La cuenta de ${name} está archivada a nivel de instancia; solo un superadministrador puede desarchivarla.`,
      "R2.instanceScope": () =>
        "A nivel de instancia, los usuarios solo se pueden archivar o desarchivar; abre un espacio de trabajo para las demás acciones.",
      "R4.self": () => "No puedes cambiar tu propio estado: pídeselo a otro administrador para no quedarte sin acceso.",
      "R4.superAdmin": ({ part }) =>
        `Solo los superadministradores pueden cambiar ${{ status: "el estado", role: "el rol", groups: "los grupos" }[part]} de un superadministrador.`,
      "R5.unknownRole": ({ role }) => `${quote(role)} no es un rol de este espacio de trabajo.`,
      "R5.noWorkspace": () => "Los miembros se invitan a un espacio de trabajo: elige uno para invitar.",
      "R5.nothingToChange": ({ name }) => `No hay nada que cambiar para ${name}: indica un rol nuevo, grupos nuevos o ambos.`,
      "R5.unknownGroups": ({ workspaceName, groups, count }, f) => {
        const names = f.list(groups.map((group) => quote(group)));
        const plural = `Los grupos ${names} no existen en ${workspaceName}; elige grupos de este espacio de trabajo.`;
        return f.plural(count, {
          one: `El grupo ${names} no existe en ${workspaceName}; elige grupos de este espacio de trabajo.`,
          many: plural,
          other: plural,
        });
      },
      "R7.alreadyMember": ({ email, status }) => `${email} ya tiene el estado ${quote(statusLabels[status])} en este espacio de trabajo.`,
      "R7.restoreInstead": ({ email, status, offer }) =>
        `${hasStatus(email, status)} en este espacio de trabajo: ${offer === "unarchive" ? "desarchiva" : "reactiva"} su membresía en lugar de enviar otra invitación.`,
      "R8.archivedInInstance": ({ email }) =>
        `La cuenta de ${email} está archivada a nivel de instancia y no se puede invitar. Un superadministrador debe desarchivarla primero.`,
      "R10.noPendingInvitation": ({ name, verb }) =>
        `${name} no tiene ninguna invitación pendiente${verb === "resendInvitation" ? " que reenviar" : ""}.`,
      "R10.cloudLinks": () =>
        "Los enlaces de invitación solo se pueden copiar en implementaciones autoalojadas; en la nube, las invitaciones se envían por correo.",
      "R11.alreadyArchived": ({ name }) => `${name} ya tiene el estado ${quote(statusLabels.archived)} en este espacio de trabajo.`,
      "R12.alreadyArchived": ({ name }) => `La cuenta de ${name} ya está archivada a nivel de instancia.`,
      "R12.accountArchived": () => "Esta cuenta está archivada; pide a un superadministrador que la desarchive.",
      "R13.notArchived": ({ name, status }) =>
        `Solo los usuarios archivados a nivel de instancia se pueden desarchivar ahí; ${hasStatus(name, status)}.`,
      "R14.notArchived": ({ name, status }) => `Solo los miembros archivados se pueden desarchivar; ${hasStatus(name, status)}.`,
      "R15.lastAdmin": ({ name, verb, workspaceNames, count }, f) =>
        `Aparte de ${name}, no hay ningún administrador activo en ${f.list(workspaceNames)}; ${
          {
            archive: "el archivado",
            archiveInstance: "el archivado a nivel de instancia",
            deactivate: "la desactivación",
            changeRole: "la retirada de su rol de administrador",
          }[verb]
        } ${f.plural(count, { one: "lo dejaría", many: "los dejaría", other: "los dejaría" })} sin administrador. Primero, nombra administrador a otra persona.`,
      "R17.notActive": ({ name, status }) => `Solo los miembros activos se pueden desactivar; ${hasStatus(name, status)}.`,
      "R18.notInactive": ({ name, status }) => `Solo los miembros inactivos se pueden reactivar; ${hasStatus(name, status)}.`,
      "R24.otherLifecycle": ({ verb, lifecycle }) =>
        `Aquí no se puede ${{ archive: "archivar", unarchive: "desarchivar", deactivate: "desactivar", reactivate: "reactivar" }[verb]} a los miembros: en este espacio de trabajo, en su lugar, se ${
          lifecycle === "archive" ? "archivan y desarchivan" : "desactivan y reactivan"
        }.`,
      "R24.notActive": ({ name, status, part }) =>
        `Solo se puede cambiar ${part === "role" ? "el rol" : "los grupos"} de los miembros activos; ${hasStatus(name, status)}.`,
      "R27.notPending": () => "Esta invitación ya no está pendiente.",
    },
    validation: {
      name_required: () => "Escribe un nombre.",
      name_too_long: ({ length, limit }, f) => `Un nombre puede tener como máximo ${f.count(limit)} caracteres; este tiene ${f.count(length)}.`,
      name_malformed_unicode: () => "El nombre contiene un carácter dañado (la mitad de un emoji o símbolo); vuelve a escribirlo.",
      name_control_character: ({ codePoint }) =>
        `Un nombre no puede contener caracteres de control como tabulaciones, saltos de línea o NUL (aquí, ${codePoint}).`,
      name_bidi_control: ({ codePoint }) =>
        `Un nombre no puede contener caracteres que inviertan o aíslen la dirección del texto (aquí, ${codePoint}): hacen que se lea de forma distinta a como se guarda.`,
      name_invisible: () => "El nombre no tiene caracteres visibles; escribe un nombre.",
      name_invisible_character: ({ codePoint }) =>
        `El nombre contiene un carácter invisible (${codePoint}); escríbelo de nuevo en lugar de pegarlo.`,
      email_required: () => "Escribe una dirección de correo electrónico.",
      email_too_long: ({ length, limit }, f) =>
        `Una dirección de correo puede tener como máximo ${f.count(limit)} caracteres; esta tiene ${f.count(length)}.`,
      email_malformed_unicode: () =>
        "La dirección de correo contiene un carácter dañado (la mitad de un emoji o símbolo); vuelve a escribirla.",
      email_whitespace: () => "Una dirección de correo no puede contener espacios, tabulaciones ni saltos de línea.",
      email_invisible_character: ({ codePoint }) =>
        `La dirección de correo contiene un carácter invisible o de control (${codePoint}); escríbela de nuevo en lugar de pegarla.`,
      email_lookalike_at: ({ email, character: lookalike }) =>
        `${quote(email)} usa «${lookalike}», que parece una «@» pero no lo es; vuelve a escribir la «@».`,
      email_missing_at: ({ email }) => `A ${quote(email)} le falta una «@».`,
      email_local_missing: () => "Añade la parte anterior a la «@».",
      email_domain_missing: () => "Añade el dominio después de la «@», como example.com.",
      email_local_too_long: ({ length, limit }, f) =>
        `La parte anterior a la «@» puede tener como máximo ${f.count(limit)} caracteres; esta tiene ${f.count(length)}.`,
      email_local_invalid_character: ({ character: invalid }) =>
        `La parte anterior a la «@» contiene «${invalid}», que no se permite ahí; usa letras de la A a la Z, números y símbolos como . _ + -.`,
      email_local_dots: () => "La parte anterior a la «@» no puede empezar ni terminar con un punto, ni contener dos puntos seguidos.",
      email_domain_invalid: ({ domain, character: invalid }) =>
        invalid === undefined
          ? `El dominio ${quote(domain)} no es un nombre de dominio válido.`
          : `El dominio ${quote(domain)} contiene «${invalid}», que no puede aparecer en un nombre de dominio.`,
      email_domain_mixed_script: ({ domain, label, scripts }, f) => {
        const names = f.list(scripts.map((script) => scriptNames[script] ?? script));
        return `El dominio ${quote(domain)} mezcla los alfabetos ${names} en ${quote(label)}, una forma habitual de imitar otro dominio; escríbelo en un solo alfabeto.`;
      },
      email_domain_numeric: ({ domain }) =>
        `El dominio ${quote(domain)} termina en un número; un correo necesita un nombre de dominio como example.com, no una dirección IP.`,
      email_domain_no_dot: ({ domain }) => `El dominio ${quote(domain)} necesita un punto, como example.com.`,
      email_label_too_long: ({ label, length, limit }, f) =>
        `Cada parte del dominio entre puntos puede tener como máximo ${f.count(limit)} caracteres; ${quote(label)} tiene ${f.count(length)}.`,
      role_required: () => "Elige un rol.",
      role_unknown: ({ role, roles }, f) => `${quote(role)} no es un rol disponible aquí; elige ${f.list(roles, "disjunction")}.`,
      groups_invalid: () => "Los grupos deben ser una lista de ID de grupo.",
      groups_unknown: ({ groups, count }, f) =>
        f.plural(count, {
          one: `Grupo desconocido: ${f.list(groups)}.`,
          many: `Grupos desconocidos: ${f.list(groups)}.`,
          other: `Grupos desconocidos: ${f.list(groups)}.`,
        }),
      metadata_too_large: (params, f) =>
        "bytes" in params
          ? `Los metadatos ocupan ${f.count(params.bytes)} bytes; el límite es de ${f.count(params.limit)} bytes.`
          : `Los metadatos tienen ${f.count(params.length)} caracteres; el límite es de ${f.count(params.limit)} bytes, así que no se leyeron. Elimina una parte.`,
      metadata_not_object: ({ type }) => `Los metadatos deben ser un objeto JSON como {"team": "design"}, no ${jsonType[type]}.`,
      metadata_not_flat: ({ key, type }) =>
        `Los metadatos deben ser planos: ${quote(key)} contiene ${jsonType[type]}; usa una cadena, un número, un booleano o null.`,
      metadata_number_out_of_range: ({ key }) =>
        `El número de la clave de metadatos ${quote(key)} es demasiado grande para guardarse; escríbelo como cadena.`,
      metadata_malformed_unicode: ({ key }) =>
        `La entrada de metadatos ${quote(key)} contiene un carácter dañado (la mitad de un emoji o símbolo) que no se puede guardar.`,
      metadata_nul_character: ({ key }) =>
        `La entrada de metadatos ${quote(key)} contiene un carácter NUL (\\u0000), que las bases de datos no pueden guardar; elimínalo.`,
      json_unexpected_end: ({ expected }) =>
        expected === "value" ? "Final inesperado del texto: falta un valor." : `${jsonExpected[expected]}, pero el texto termina.`,
      json_unexpected_character: ({ expected, found }) =>
        expected === "value"
          ? `Carácter ${character(found)} inesperado: se esperaba un valor.`
          : `${jsonExpected[expected]}, pero se encontró ${character(found)}.`,
      json_trailing_content: ({ found }) => `Carácter ${character(found)} inesperado después del final del valor JSON.`,
      json_unterminated_string: () => "Cadena sin terminar: falta una comilla doble de cierre.",
      json_control_character: ({ codePoint }) => `El carácter de control ${codePoint} debe escaparse dentro de las cadenas.`,
      json_invalid_escape: ({ escape }) =>
        `Secuencia de escape ${quote(escape)} no válida en una cadena${escape.startsWith("\\u") ? ": \\u requiere cuatro dígitos hexadecimales" : ""}.`,
      json_duplicate_key: ({ key }) => `La clave ${quote(key, 40)} aparece dos veces en el mismo objeto; cada clave solo puede aparecer una vez.`,
      json_forbidden_key: ({ key }) => `La clave ${quote(key, 40)} no está permitida.`,
      json_too_deep: ({ limit }, f) => `El JSON anida objetos y arrays a más de ${f.count(limit)} niveles de profundidad, que es el límite.`,
      json_too_long: ({ length, limit }, f) => `El texto tiene ${f.count(length)} caracteres; el límite es de ${f.count(limit)}.`,
      json_not_text: ({ type }) => `Se esperaba texto JSON, no un valor de tipo ${quote(type)}.`,
    },
    console: {
      allUsers: "Todos los usuarios",
      scopeLabel: "Espacio de trabajo",
      loadingTitle: "Cargando…",
      seatCountHint: "Cuentan los miembros activos, invitados y solicitados; los archivados e inactivos, no.",
      partFailed: ({ part }) =>
        `${
          {
            "seat-count": "No se pudo mostrar el recuento de puestos facturables",
            "scope-switcher": "No se pudo mostrar el selector de espacio de trabajo",
            invite: "No se pudo mostrar el formulario de invitación",
            table: "No se pudo mostrar la tabla de miembros",
            details: "No se pudieron mostrar los detalles del miembro",
            confirm: "No se pudo mostrar el cuadro de confirmación",
            activity: "No se pudo mostrar la actividad",
            export: "No se pudo mostrar la exportación CSV",
            bulk: "No se pudieron mostrar las acciones en lote",
            menu: "No se pudo mostrar el menú de acciones",
          }[part]
        } debido a un error. El resto de la página sigue funcionando${part === "invite" ? " y no se pierde nada de lo que escribiste" : ""}.`,
      partRetry: "Reintentar",
      partClose: "Cerrar",
      partLoading: ({ part }) =>
        ({
          "seat-count": "Cargando el recuento de puestos facturables…",
          "scope-switcher": "Cargando el selector de espacio de trabajo…",
          invite: "Abriendo el formulario de invitación…",
          table: "Cargando la tabla de miembros…",
          details: "Cargando los detalles del miembro…",
          confirm: "Cargando el cuadro de confirmación…",
          activity: "Cargando la actividad…",
          export: "Abriendo la exportación CSV…",
          bulk: "Cargando las acciones en lote…",
          menu: "Abriendo el menú de acciones…",
        })[part],
    },
  },
};
