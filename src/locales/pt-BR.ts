import type { RosterLocale, RosterMessages } from "../react/messages";
import { describeCharacter, quoteText } from "../react/format";

/** What a person typed, in “…”, cut by {@link quoteText} so that a pasted megabyte never fills the screen. */
const quote = (text: string, max?: number): string => quoteText(text, "“", "”", max);
/** A character as a message names it: in “…” when it can be seen, by its code point (`U+0009`) when not. */
const character = (char: string): string => describeCharacter(char, "“", "”");

const statusLabels: RosterMessages["status"]["label"] = {
  requested: "Solicitado",
  invited: "Convidado",
  active: "Ativo",
  archived: "Arquivado",
  inactive: "Inativo",
};

/** A member's status, named by its badge: "… está com o status “Arquivado”" (agrees with any name). */
function hasStatus(name: string, status: keyof RosterMessages["status"]["label"]): string {
  return `${name} está com o status ${quote(statusLabels[status])}`;
}

const statusActions: RosterMessages["confirm"]["confirm"] = {
  archive: "Arquivar usuário",
  unarchive: "Desarquivar usuário",
  archiveInstance: "Arquivar na instância",
  unarchiveInstance: "Desarquivar na instância",
  deactivate: "Desativar",
  reactivate: "Reativar",
};

const invitedDescription = "Convite enviado; aguardando a aceitação.";
const noGroups = "Este espaço de trabalho não tem grupos.";

/** A JSON type, with its article: "… não um objeto". */
const jsonType = {
  null: "null",
  array: "uma matriz",
  object: "um objeto",
  string: "uma string",
  number: "um número",
  boolean: "um booleano",
  other: "um valor que o JSON não consegue representar",
} as const;

/** What a JSON parser expected where it stopped, other than a value. */
const jsonExpected = {
  propertyName: "Era esperado um nome de propriedade entre aspas duplas",
  colon: "Era esperado “:”",
  commaOrBracket: "Era esperado “,” ou “]” depois de um item da matriz",
  commaOrBrace: "Era esperado “,” ou “}” depois do valor de uma propriedade",
} as const;

/** The alphabets a domain may mix to imitate another one, by their English names (as the core names them). */
const scriptNames: Readonly<Record<string, string>> = {
  Latin: "latino",
  Cyrillic: "cirílico",
  Greek: "grego",
  Armenian: "armênio",
  Cherokee: "cherokee",
};

/** The kit's columns by name: the table's headers and the export's choices say the same. */
const columnNames = {
  name: "Nome",
  email: "E-mail",
  status: "Status",
  role: "Função",
  groups: "Grupos",
  invitedAt: "Convite",
  lastActiveAt: "Última atividade",
} as const;

/** Brazilian Portuguese (`rosterkit/locales/pt-BR`): every message of the kit, addressing the reader as "você". */
export const ptBR: RosterLocale = {
  locale: "pt-BR",
  messages: {
    status: {
      label: statusLabels,
      description: {
        archive: {
          requested: "Convite enviado a uma pessoa sem conta; aguardando o cadastro.",
          invited: invitedDescription,
          active: "Tem acesso.",
          archived: "Sem acesso. Desarquivar envia um novo convite.",
        },
        deactivate: {
          invited: invitedDescription,
          active: "Tem acesso.",
          inactive: "Não pode entrar nem receber atribuições. Reativar restaura o acesso imediatamente.",
        },
      },
    },
    actions: {
      ...statusActions,
      menuLabel: ({ name }) => `Ações para ${name}`,
      resendInvitation: "Reenviar convite",
      copyInvitationLink: "Copiar link do convite",
      edit: "Editar função e grupos",
      viewDetails: "Ver detalhes",
      archiveRevokesHint: "Revoga o convite pendente.",
      invitationLinkField: ({ name }) => `Link do convite de ${name}`,
      invitationFailed: ({ reason }) => `Não foi possível processar o convite: ${reason}`,
    },
    member: {
      you: "Você",
      superAdmin: "Superadministrador",
      unnamed: "(sem nome)",
      noGroups: "Nenhum grupo",
      moreGroups: ({ count }, f) => `+${f.count(count)} outros`,
      groupsLabel: ({ name }) => `Grupos de ${name}`,
      neverActive: "Nunca",
    },
    confirm: {
      title: {
        archive: ({ name }) => `Arquivar ${name}?`,
        unarchive: ({ name }) => `Desarquivar ${name}?`,
        archiveInstance: ({ name }) => `Arquivar ${name} em toda a instância?`,
        unarchiveInstance: ({ name }) => `Desarquivar ${name} na instância?`,
        deactivate: ({ name }) => `Desativar ${name}?`,
        reactivate: ({ name }) => `Reativar ${name}?`,
      },
      confirm: statusActions,
      pending: {
        archive: "Arquivando…",
        unarchive: "Desarquivando…",
        archiveInstance: "Arquivando…",
        unarchiveInstance: "Desarquivando…",
        deactivate: "Desativando…",
        reactivate: "Reativando…",
      },
      cancel: "Cancelar",
      consequencesLabel: "O que acontece",
      accessLostWorkspace: ({ name, workspace }) =>
        `${name} perde o acesso a ${workspace}. Os outros espaços de trabalho dessa pessoa não são afetados.`,
      accessLostInstance: ({ name }) =>
        `${name} não pode mais entrar e perde o acesso a todos os espaços de trabalho. Não será possível enviar convites até que um superadministrador desarquive a conta.`,
      accessLostDeactivate: ({ name }) => `${name} não pode mais entrar, deixa de receber notificações e não recebe mais novas atribuições.`,
      accessRestoredReactivate: ({ name }) => `${name} pode entrar de novo imediatamente, com a função e os grupos que tinha antes.`,
      accessRestoredUnarchive: ({ name, workspace }) => `${name} recebe um novo convite para ${workspace} e recupera o acesso assim que aceitá-lo.`,
      accessRestoredInstance: ({ name }) =>
        `${name} pode entrar e receber convites de novo. As associações dessa pessoa continuam arquivadas até que os administradores de cada espaço de trabalho as desarquivem.`,
      workspacesAffected: ({ workspaces }, f) =>
        f.plural(workspaces.length, {
          one: `Espaço de trabalho afetado: ${f.list(workspaces)}.`,
          many: `Espaços de trabalho afetados: ${f.list(workspaces)}.`,
          other: `Espaços de trabalho afetados: ${f.list(workspaces)}.`,
        }),
      invitationRevoked: "O link do convite pendente deixa de funcionar.",
      emailSent: ({ email }) => `Um e-mail de convite é enviado para ${email}.`,
      noEmailSent: "Nenhum e-mail é enviado.",
      seatChange: ({ before, after, workspace }, f) =>
        `${workspace === undefined ? "Assentos faturáveis" : `Assentos faturáveis em ${workspace}`}: ${f.count(before)} → ${f.count(after)}.`,
      seatDelta: ({ delta, workspace }, f) => {
        const seats = f.plural(Math.abs(delta), { one: "# assento faturável", many: "# de assentos faturáveis", other: "# assentos faturáveis" });
        const where = workspace === undefined ? "" : ` em ${workspace}`;
        return delta < 0 ? `Libera ${seats}${where}.` : `Ocupa ${seats}${where}.`;
      },
      seatUnchanged: "Os assentos faturáveis não mudam.",
      nothingDeleted: "Nada do que essa pessoa criou é excluído.",
      instanceUnarchived: ({ name }) => `O desarquivamento também vale no nível da instância: ${name} pode entrar de novo.`,
      conflict: ({ name }) => `Outra pessoa alterou ${name} enquanto esta janela estava aberta. Nada foi aplicado; revise o estado atual.`,
      failed: ({ name, reason }) => `Não foi possível alterar ${name}: ${reason}`,
      retry: "Tentar novamente",
      close: "Fechar",
      startAgain: "Recomeçar",
      currentStatus: "Status atual",
      currentRole: "Função atual",
    },
    invite: {
      openButton: "Convidar membros",
      title: "Convidar membros",
      description: ({ workspace }) => `Cada pessoa recebe um e-mail de convite para entrar em ${workspace}.`,
      inviteeLegend: ({ index }, f) => `Pessoa ${f.count(index)}`,
      nameLabel: "Nome",
      emailLabel: "E-mail",
      roleLabel: "Função",
      rolePlaceholder: "Escolha uma função",
      groupsLabel: "Grupos",
      groupsHint: "Quantos grupos quiser.",
      metadataLabel: "Metadados (JSON)",
      metadataHint: 'Um objeto JSON, como {"team": "design"}.',
      optional: "opcional",
      required: "obrigatório",
      addInvitee: "Adicionar outra pessoa",
      removeInvitee: ({ index }, f) => `Remover pessoa ${f.count(index)}`,
      submit: ({ count }, f) => f.plural(count, { one: "Enviar convite", many: "Enviar # de convites", other: "Enviar # convites" }),
      submitting: "Enviando…",
      cancel: "Cancelar",
      close: "Fechar",
      metadataPosition: ({ message, line, column }, f) => `Linha ${f.count(line)}, coluna ${f.count(column)}: ${message}`,
      duplicate: ({ email, status }) => `${email} já está com o status ${quote(status)} neste espaço de trabalho.`,
      offerUnarchive: ({ email }) => `A associação de ${email} está arquivada neste espaço de trabalho. Desarquivar em vez disso?`,
      offerReactivate: ({ email }) => `A associação de ${email} está inativa neste espaço de trabalho. Reativar em vez disso?`,
      archivedInInstance: ({ email }) =>
        `A conta de ${email} está arquivada no nível da instância. Um superadministrador precisa desarquivá-la primeiro.`,
      fieldRefused: "O servidor não aceitou este valor. Verifique-o e tente novamente.",
      errorSummary: ({ count }, f) =>
        f.plural(count, { one: "Corrija # erro para continuar.", many: "Corrija # de erros para continuar.", other: "Corrija # erros para continuar." }),
      errorSummaryEntry: ({ field, person, people, error }, f) =>
        people === 1 ? `${field}: ${error}` : `${field} da pessoa ${f.count(person)}: ${error}`,
      resultsTitle: "Convites",
      resultInvited: ({ email }) => `${email}: convite enviado.`,
      resultRequested: ({ email }) => `${email}: solicitação registrada; a pessoa será convidada a criar uma conta.`,
      resultFailed: ({ email, reason }) => `${email}: convite não enviado. ${reason}`,
      resultSummary: ({ sent, failed }, f) =>
        failed === 0
          ? f.plural(sent, { one: "# convite enviado.", many: "# de convites enviados.", other: "# convites enviados." })
          : `${f.plural(sent, { one: "# convite enviado", many: "# de convites enviados", other: "# convites enviados" })}, ${f.plural(failed, { one: "# com falha", many: "# com falha", other: "# com falha" })}.`,
      copyLink: ({ email }) => `Copiar o link do convite de ${email}`,
      inviteMore: "Convidar mais pessoas",
      retryFailed: "Editar e tentar de novo os que falharam",
      unarchiveInstead: "Desarquivar em vez disso",
      reactivateInstead: "Reativar em vez disso",
      invitationLinkLabel: ({ email }) => `Link do convite de ${email}`,
      copied: "Copiado",
      emailConverted: ({ typed, stored, email }) =>
        `O domínio ${quote(typed)} será salvo como ${quote(stored)}, a forma que os sistemas de e-mail usam para domínios internacionais: o convite vai para ${email}.`,
      requestFailed: ({ reason }) => `Nada foi enviado: ${reason} Tudo o que você digitou foi mantido.`,
      retry: "Tentar novamente",
      noGroups,
    },
    bulkInvite: {
      modeLabel: "Como convidar",
      modeSingle: "Um por um",
      modeBulk: "De uma lista ou CSV",
      fileLabel: "Arquivo CSV",
      fileHint: ({ limit }, f) =>
        `Uma linha de cabeçalho e depois uma pessoa por linha, nas colunas name, email, role, groups (separados por ; ou |) e metadata (JSON). Até ${f.count(limit)} pessoas.`,
      template: "Baixar o modelo CSV",
      pasteLabel: "Ou cole e-mails",
      pasteHint:
        "Um por linha ou separados por vírgulas, como ada@example.com ou Ada Lovelace <ada@example.com>. Uma tabela copiada de uma planilha também funciona.",
      addPasted: "Adicionar à lista",
      defaultRoleLabel: "Função para linhas sem função",
      reading: "Lendo…",
      loading: "Carregando…",
      load: {
        empty: () => "Não há ninguém para convidar: adicione uma pessoa por linha, abaixo de uma linha de cabeçalho.",
        no_email_column: ({ columns }, f) =>
          `Nenhuma coluna contém e-mails. A primeira linha precisa nomear as colunas (name, email, role, groups, metadata); ela tem: ${columns.length === 0 ? "nada" : f.list(columns)}.`,
        repeated_column: ({ field, columns }, f) =>
          `As colunas ${f.list(columns)} contêm ${
            { name: "o nome", email: "o e-mail", role: "a função", groups: "os grupos", metadata: "os metadados" }[field]
          }; mantenha só uma.`,
        too_many_rows: ({ limit, count }, f) =>
          `No máximo ${f.count(limit)} pessoas podem ser convidadas de uma vez; ${count === null ? "aqui há mais" : `aqui há ${f.count(count)}`}. Divida a lista em arquivos menores.`,
        unclosed_quote: ({ row }, f) =>
          `A linha ${f.count(row)} abre um campo entre aspas que nunca é fechado, então o restante não pode ser lido. Feche as aspas.`,
        not_text: () => "Este não é um arquivo de texto. Salve a planilha como CSV (UTF-8) e escolha esse arquivo.",
      },
      loadRefused: ({ reason }) => `Nada foi adicionado: ${reason} As linhas que já estavam na lista foram mantidas.`,
      ignoredColumns: ({ columns }, f) => `Colunas ignoradas: ${f.list(columns)}.`,
      previewTitle: "Pessoas para convidar",
      previewSummary: ({ total, invited, ready, invalid }, f) =>
        `${f.plural(total, { one: "# pessoa", many: "# de pessoas", other: "# pessoas" })}: ${invited > 0 ? `${f.plural(invited, { one: "# convidada", many: "# convidadas", other: "# convidadas" })}, ` : ""}${f.plural(ready, { one: "# pronta", many: "# prontas", other: "# prontas" })}, ${f.count(invalid)} para corrigir.`,
      rowColumn: "Linha",
      statusColumn: "Status",
      fieldLabel: ({ field, row }, f) => `${field}, linha ${f.count(row)}`,
      removeRow: ({ row }, f) => `Remover linha ${f.count(row)}`,
      removeInvalid: ({ count }, f) =>
        f.plural(count, { one: "Remover a linha com problema", many: "Remover as # de linhas com problemas", other: "Remover as # linhas com problemas" }),
      onlyToFix: "Mostrar apenas as linhas a corrigir",
      duplicateInFile: ({ row }, f) => `O mesmo e-mail da linha ${f.count(row)}.`,
      outcome: {
        ready: "Pronta",
        invalid: "Para corrigir",
        queued: "Aguardando",
        sending: "Enviando",
        invited: "Convidada",
        refused: "Não convidada",
        failed: "Não enviada",
      },
      notSent: ({ reason }) => `Não enviada: ${reason} Tente de novo para reenviá-la.`,
      send: ({ count }, f) => f.plural(count, { one: "Enviar # convite", many: "Enviar # de convites", other: "Enviar # convites" }),
      nothingToSend: "Corrija ou remova as linhas com problemas para enviar.",
      progressLabel: "Enviando convites",
      progress: ({ done, total }, f) => `${f.count(done)} de ${f.count(total)} enviados`,
      cancel: "Parar depois deste lote",
      cancelling: "Parando depois deste lote…",
      resultSummary: ({ invited, notInvited }, f) =>
        notInvited === 0
          ? f.plural(invited, { one: "# convite enviado.", many: "# de convites enviados.", other: "# convites enviados." })
          : `${f.plural(invited, { one: "# convite enviado", many: "# de convites enviados", other: "# convites enviados" })}; ${f.plural(notInvited, {
              one: "# pessoa não foi convidada: corrija a linha e tente de novo",
              many: "# de pessoas não foram convidadas: corrija as linhas e tente de novo",
              other: "# pessoas não foram convidadas: corrija as linhas e tente de novo",
            })}.`,
      retryFailed: ({ count }, f) => f.plural(count, { one: "Tentar # linha de novo", many: "Tentar # de linhas de novo", other: "Tentar # linhas de novo" }),
      startOver: "Começar de novo",
    },
    memberEdit: {
      title: ({ name }) => `Editar função e grupos de ${name}`,
      roleLabel: "Função",
      groupsLabel: "Grupos",
      save: "Salvar alterações",
      saving: "Salvando…",
      cancel: "Cancelar",
      conflict: ({ name }) => `Outra pessoa alterou ${name}. A função e os grupos atuais são exibidos; revise e salve de novo.`,
      failed: ({ reason }) => `Não salvo: ${reason} Suas escolhas foram mantidas.`,
      retry: "Tentar novamente",
      startAgain: "Editar os valores atuais",
      currentValues: "Valores atuais",
      noGroups,
    },
    table: {
      workspaceCaption: ({ workspace }) => `Membros de ${workspace}`,
      instanceCaption: "Todos os usuários",
      columns: {
        ...columnNames,
        workspaces: "Espaços de trabalho",
        actions: "Ações",
      },
      sortBy: ({ column }) => `Ordenar por ${column}`,
      sortedAscending: "ordem crescente",
      sortedDescending: "ordem decrescente",
      searchLabel: "Pesquisar membros",
      searchPlaceholder: "Pesquisar por nome ou e-mail",
      clearSearch: "Limpar pesquisa",
      statusFilterLabel: "Status",
      roleFilterLabel: "Função",
      allStatuses: "Todos os status",
      allRoles: "Todas as funções",
      clearFilters: "Limpar filtros",
      loading: "Carregando membros…",
      empty: "Nenhum membro ainda",
      emptyHint: "Convide pessoas para dar acesso a elas.",
      noMatches: "Nenhum membro corresponde",
      noMatchesHint: "Tente outra pesquisa ou limpe os filtros.",
      errorTitle: "Não foi possível carregar os membros",
      retry: "Tentar novamente",
      scrollHint: "Role para os lados para ver todas as colunas.",
      paginationLabel: "Paginação",
      pageRange: ({ from, to, total }, f) =>
        total === null ? `${f.count(from)}–${f.count(to)}` : `${f.count(from)}–${f.count(to)} de ${f.count(total)}`,
      pageOf: ({ page, pages }, f) => `Página ${f.count(page)} de ${f.count(pages)}`,
      previousPage: "Página anterior",
      nextPage: "Próxima página",
      firstPage: "Primeira página",
      lastPage: "Última página",
      pageSize: "Linhas por página",
      billableSeats: ({ count }, f) => f.plural(count, { one: "# assento faturável", many: "# de assentos faturáveis", other: "# assentos faturáveis" }),
      memberCount: ({ count }, f) => f.plural(count, { "=0": "Nenhum membro", one: "# membro", many: "# de membros", other: "# membros" }),
      selectRow: ({ name }) => `Selecionar ${name}`,
      selectPage: "Selecionar todos os membros desta página",
      selectedCount: ({ count }, f) => f.plural(count, { one: "# selecionado", many: "# selecionados", other: "# selecionados" }),
      clearSelection: "Limpar seleção",
      selectionToggle: "Selecionar",
      selectionOn: "Seleção ativada: cada linha agora tem uma caixa de seleção.",
      selectionOff: "Seleção desativada.",
      bulkArchive: "Arquivar selecionados",
      bulkDeactivate: "Desativar selecionados",
      bulkTitle: ({ count, action }, f) =>
        f.plural(
          count,
          action === "archive"
            ? { one: "Arquivar # membro?", many: "Arquivar # de membros?", other: "Arquivar # membros?" }
            : { one: "Desativar # membro?", many: "Desativar # de membros?", other: "Desativar # membros?" },
        ),
      bulkDescription: ({ action }) =>
        `${
          action === "archive"
            ? "Os membros arquivados perdem o acesso a este espaço de trabalho, e os convites pendentes deles deixam de funcionar."
            : "Os membros desativados não podem mais entrar."
        } Cada membro é alterado separadamente: os membros que você não pode alterar são ignorados, e cada resultado é listado. Nada é excluído.`,
      bulkConfirm: ({ count, action }, f) =>
        f.plural(
          count,
          action === "archive"
            ? { one: "Arquivar # membro", many: "Arquivar # de membros", other: "Arquivar # membros" }
            : { one: "Desativar # membro", many: "Desativar # de membros", other: "Desativar # membros" },
        ),
      bulkApplying: "Aplicando…",
      bulkResultsLabel: "Resultados",
      bulkSucceeded: ({ name, status }) => `${name}: novo status ${quote(status)}.`,
      bulkRefused: ({ name, reason }) => `${name}: sem alteração. ${reason}`,
      bulkFailed: ({ name, reason }) => `${name}: falha. ${reason}`,
      bulkWaiting: ({ name }) => `${name}: aguardando…`,
      bulkSummary: ({ succeeded, refused, failed }, f) =>
        `${f.list([
          f.plural(succeeded, { one: "# alterado", many: "# alterados", other: "# alterados" }),
          ...(refused > 0 ? [f.plural(refused, { one: "# recusado", many: "# recusados", other: "# recusados" })] : []),
          ...(failed > 0 ? [f.plural(failed, { one: "# com falha", many: "# com falha", other: "# com falha" })] : []),
        ])}.`,
      close: "Fechar",
      unsupported: ({ feature }) =>
        `O servidor não consegue ${
          {
            search: "pesquisar",
            filterByStatus: "filtrar por status",
            filterByRole: "filtrar por função",
            filterByMetadata: "filtrar por este campo",
            sort: "ordenar por esta coluna",
            page: "ir para esta página",
          }[feature]
        }; filtrar só a página exibida esconderia membros.`,
      membershipCount: ({ count }, f) =>
        f.plural(count, { "=0": "Nenhum espaço de trabalho", one: "# espaço de trabalho", many: "# de espaços de trabalho", other: "# espaços de trabalho" }),
      noMetadataValue: "Não definido",
      anyValue: "Todos os valores",
    },
    export: {
      trigger: "Exportar CSV",
      title: "Exportar membros como CSV",
      description: ({ filtered }) =>
        `${filtered ? "Todos os membros que correspondem à pesquisa e aos filtros atuais" : "Todos os membros desta lista"}, na ordem atual, em todas as páginas.`,
      columnsLegend: "Colunas",
      columns: {
        ...columnNames,
        metadata: "Todos os metadados (JSON)",
      },
      noColumns: "Escolha pelo menos uma coluna.",
      submit: "Exportar",
      cancel: "Cancelar",
      progress: ({ count }, f) =>
        f.plural(count, {
          "=0": "Exportando…",
          one: "Exportando… # membro até agora",
          many: "Exportando… # de membros até agora",
          other: "Exportando… # membros até agora",
        }),
      stop: "Parar exportação",
      done: ({ count, fileName }, f) =>
        f.plural(count, {
          "=0": `Nenhum membro exportado para ${fileName}.`,
          one: `# membro exportado para ${fileName}.`,
          many: `# de membros exportados para ${fileName}.`,
          other: `# membros exportados para ${fileName}.`,
        }),
      failed: ({ reason }) => `A exportação falhou: ${reason} Sua escolha foi mantida; tente novamente.`,
      retry: "Tentar novamente",
      close: "Fechar",
    },
    details: {
      title: ({ name }) => `Detalhes de ${name}`,
      close: "Fechar detalhes",
      status: "Status",
      email: "E-mail",
      role: "Função",
      groups: "Grupos",
      workspaces: "Espaços de trabalho",
      metadata: "Metadados",
      noMetadata: "Nenhum",
      invitedAt: "Convite",
      lastActiveAt: "Última atividade",
      actions: "Ações",
      loading: "Carregando membro…",
      otherWorkspaces: "Outros espaços de trabalho",
    },
    activity: {
      timelineTitle: "Histórico",
      logTitle: "Atividade",
      showLog: "Atividade",
      showMembers: "Membros",
      viewsLabel: "Visualização",
      byline: {
        invite: ({ actor }) => `Convidado por ${actor}`,
        acceptInvitation: ({ actor, self }) => (self ? "Aceitou o convite" : `Convite aceito por ${actor}`),
        resendInvitation: ({ actor }) => `Convite reenviado por ${actor}`,
        revokeInvitation: ({ actor }) => `Convite revogado por ${actor}`,
        archive: ({ actor }) => `Arquivado por ${actor}`,
        unarchive: ({ actor }) => `Desarquivado por ${actor}`,
        deactivate: ({ actor }) => `Desativado por ${actor}`,
        reactivate: ({ actor }) => `Reativado por ${actor}`,
        changeRole: ({ actor }) => `Função alterada por ${actor}`,
        changeGroups: ({ actor, self }) => (self ? "Alterou os próprios grupos" : `Grupos alterados por ${actor}`),
        updateMember: ({ actor, self }) => (self ? "Atualizou os próprios dados" : `Atualizado por ${actor}`),
      },
      sentence: {
        invite: ({ actor, target }) => `${actor} convidou ${target}`,
        acceptInvitation: ({ target }) => `${target} aceitou o convite`,
        resendInvitation: ({ actor, target }) => `${actor} reenviou o convite para ${target}`,
        revokeInvitation: ({ actor, target }) => `${actor} revogou o convite de ${target}`,
        archive: ({ actor, target }) => `${actor} arquivou ${target}`,
        unarchive: ({ actor, target }) => `${actor} desarquivou ${target}`,
        deactivate: ({ actor, target }) => `${actor} desativou ${target}`,
        reactivate: ({ actor, target }) => `${actor} reativou ${target}`,
        changeRole: ({ actor, target }) => `${actor} alterou a função de ${target}`,
        changeGroups: ({ actor, target, self }) => (self ? `${target} alterou os próprios grupos` : `${actor} alterou os grupos de ${target}`),
        updateMember: ({ actor, target, self }) => (self ? `${target} atualizou os próprios dados` : `${actor} atualizou os dados de ${target}`),
      },
      instanceLevel: "Todos os espaços de trabalho",
      when: ({ date, relative }) => `${date} (${relative})`,
      statusChange: ({ before, after }) => (before === null ? `Status inicial: ${after}` : `Status alterado: ${before} → ${after}`),
      roleChange: ({ before, after }) => (before === null ? `Função: ${after}` : `Função: ${before} → ${after}`),
      groupsAdded: ({ groups }, f) => `Inclusão em ${f.list(groups)}`,
      groupsRemoved: ({ groups }, f) => `Remoção de ${f.list(groups)}`,
      someone: "Alguém",
      actionFilter: "Ação",
      allActions: "Todas as ações",
      actionName: {
        invite: "Convite",
        acceptInvitation: "Convite aceito",
        resendInvitation: "Convite reenviado",
        revokeInvitation: "Convite revogado",
        archive: "Arquivamento",
        unarchive: "Desarquivamento",
        deactivate: "Desativação",
        reactivate: "Reativação",
        changeRole: "Alteração de função",
        changeGroups: "Alteração de grupos",
        updateMember: "Atualização",
      },
      personFilter: "Pessoa",
      personHint: "Um nome ou e-mail do histórico.",
      personRole: "Participação",
      personAsActor: "Fez a alteração",
      personAsTarget: "Foi alterada",
      personUnknown: ({ text }) => `Ninguém no histórico corresponde a ${quote(text)}. Escolha um nome da lista ou limpe o campo.`,
      applyFilters: "Filtrar",
      clearFilters: "Limpar filtros",
      filtersLabel: "Filtrar a atividade",
      loading: "Carregando atividade…",
      loadMore: "Carregar mais",
      loadingMore: "Carregando mais…",
      emptyTimeline: "Nenhuma alteração registrada ainda.",
      emptyLog: "Nenhuma atividade registrada ainda.",
      emptyFiltered: "Nenhuma atividade corresponde a esses filtros.",
      end: "Esse é todo o histórico.",
      failed: ({ reason }) => `Não foi possível carregar a atividade. ${reason}`,
      retry: "Tentar novamente",
      loaded: ({ count, more }, f) =>
        `${f.plural(count, {
          "=0": "Nenhum evento exibido.",
          one: "# evento exibido.",
          many: "# de eventos exibidos.",
          other: "# eventos exibidos.",
        })}${more ? " Eventos mais antigos podem ser carregados." : ""}`,
    },
    announcements: {
      statusChanged: ({ name, status }) => `Novo status de ${name}: ${status}.`,
      statusChangeFailed: ({ name, reason }) => `Não foi possível alterar ${name}: ${reason}`,
      statusConflict: ({ name, status }) =>
        `Nenhuma alteração aplicada a ${name}: outra pessoa fez alterações antes.${status === null ? "" : ` Status atual: ${status}.`} Revise o estado atual.`,
      invitationsSent: ({ count }, f) => f.plural(count, { one: "# convite enviado.", many: "# de convites enviados.", other: "# convites enviados." }),
      invitationResent: ({ email }) => `Convite reenviado para ${email}.`,
      linkCopied: "Link do convite copiado.",
      linkCopyFailed: "Não foi possível copiar o link do convite.",
      memberUpdated: ({ name }) => `Alterações de ${name} salvas.`,
      listLoaded: ({ count, total }, f) =>
        total === null
          ? f.plural(count, { "=0": "Nenhum membro exibido.", one: "# membro exibido.", many: "# de membros exibidos.", other: "# membros exibidos." })
          : f.plural(total, {
              "=0": "Nenhum membro encontrado.",
              one: "# membro encontrado.",
              many: "# de membros encontrados.",
              other: "# membros encontrados.",
            }),
      sortChanged: ({ column, direction }) => `Ordenado por ${column}, ordem ${direction === "asc" ? "crescente" : "decrescente"}.`,
    },
    errors: {
      forbidden: "Você não tem permissão para fazer isso.",
      not_found: "Este membro não existe mais.",
      conflict: "Outra pessoa alterou este membro. Revise o estado atual e tente novamente.",
      validation: "Alguns campos precisam de atenção.",
      last_admin: "Um espaço de trabalho ficaria sem nenhum administrador ativo.",
      archived_in_instance: "Este usuário está arquivado no nível da instância. Um superadministrador precisa desarquivá-lo primeiro.",
      duplicate: "Esta pessoa já é membro do espaço de trabalho.",
      invalid_transition: "Esta ação não se aplica ao status atual do membro.",
      rate_limited: "Muitas solicitações. Aguarde um momento e tente novamente.",
      idempotency_mismatch: "Esta solicitação foi recusada porque repetia uma anterior diferente. Nada foi alterado; tente novamente.",
      limit_exceeded: "Esta solicitação é grande demais. Envie menos pessoas ou menos dados de uma vez.",
      network: "Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.",
      timeout: "O servidor não respondeu a tempo. Verifique sua conexão e tente novamente.",
      unknown: "Algo deu errado. Tente novamente.",
    },
    denials: {
      "R1.notMember": () => "Somente membros deste espaço de trabalho podem ver os membros dele.",
      "R1.notAdmin": ({ verb }) =>
        `Somente administradores deste espaço de trabalho podem ${
          {
            invite: "convidar membros",
            archive: "arquivar membros",
            unarchive: "desarquivar membros",
            deactivate: "desativar membros",
            reactivate: "reativar membros",
            edit: "editar membros",
          }[verb]
        }.`,
      "R1.activityAdminsOnly": () => "Somente administradores deste espaço de trabalho podem ver a atividade dele.",
      "R2.notSuperAdmin": ({ verb }) =>
        `Somente superadministradores podem ${
          {
            archiveInstance: "arquivar no nível da instância",
            unarchiveInstance: "desarquivar no nível da instância",
            viewInstanceUsers: "ver “Todos os usuários” da instância",
            viewInstanceActivity: "ver a atividade de toda a instância",
          }[verb]
        }.`,
      "R2.instanceArchived": ({ name }) =>
        `A conta de ${name} está arquivada no nível da instância; somente um superadministrador pode desarquivá-la.`,
      "R2.instanceScope": () =>
        "No nível da instância, os usuários só podem ser arquivados ou desarquivados; abra um espaço de trabalho para as outras ações.",
      "R4.self": () => "Você não pode alterar seu próprio status: peça a outro administrador, para não perder o próprio acesso.",
      "R4.superAdmin": ({ part }) =>
        `Somente superadministradores podem alterar ${{ status: "o status", role: "a função", groups: "os grupos" }[part]} de um superadministrador.`,
      "R5.unknownRole": ({ role }) => `${quote(role)} não é uma função deste espaço de trabalho.`,
      "R5.noWorkspace": () => "Os membros são convidados para um espaço de trabalho: escolha um para convidar.",
      "R5.nothingToChange": ({ name }) => `Nada a alterar para ${name}: informe uma nova função, novos grupos ou ambos.`,
      "R5.unknownGroups": ({ workspaceName, groups, count }, f) => {
        const names = f.list(groups.map((group) => quote(group)));
        const plural = `Os grupos ${names} não existem em ${workspaceName}; escolha grupos deste espaço de trabalho.`;
        return f.plural(count, {
          one: `O grupo ${names} não existe em ${workspaceName}; escolha grupos deste espaço de trabalho.`,
          many: plural,
          other: plural,
        });
      },
      "R7.alreadyMember": ({ email, status }) => `${email} já está com o status ${quote(statusLabels[status])} neste espaço de trabalho.`,
      "R7.restoreInstead": ({ email, status, offer }) =>
        `${hasStatus(email, status)} neste espaço de trabalho: ${offer === "unarchive" ? "desarquive" : "reative"} a associação em vez de enviar outro convite.`,
      "R8.archivedInInstance": ({ email }) =>
        `A conta de ${email} está arquivada no nível da instância e não pode receber convites. Um superadministrador precisa desarquivá-la primeiro.`,
      "R10.noPendingInvitation": ({ name, verb }) =>
        `${name} não tem nenhum convite pendente${verb === "resendInvitation" ? " para reenviar" : ""}.`,
      "R10.cloudLinks": () =>
        "Os links de convite só podem ser copiados em implantações auto-hospedadas; na nuvem, os convites são enviados por e-mail.",
      "R11.alreadyArchived": ({ name }) => `${name} já está com o status ${quote(statusLabels.archived)} neste espaço de trabalho.`,
      "R12.alreadyArchived": ({ name }) => `A conta de ${name} já está arquivada no nível da instância.`,
      "R12.accountArchived": () => "Esta conta está arquivada; peça a um superadministrador para desarquivá-la.",
      "R13.notArchived": ({ name, status }) =>
        `Somente usuários arquivados no nível da instância podem ser desarquivados nele; ${hasStatus(name, status)}.`,
      "R14.notArchived": ({ name, status }) => `Somente membros arquivados podem ser desarquivados; ${hasStatus(name, status)}.`,
      "R15.lastAdmin": ({ name, verb, workspaceNames, count }, f) =>
        `Além de ${name}, não há nenhum administrador ativo em ${f.list(workspaceNames)}; ${
          {
            archive: "o arquivamento",
            archiveInstance: "o arquivamento no nível da instância",
            deactivate: "a desativação",
            changeRole: "a remoção da função de administrador",
          }[verb]
        } ${f.plural(count, { one: "o deixaria", many: "os deixaria", other: "os deixaria" })} sem administrador. Primeiro, torne outra pessoa administradora.`,
      "R17.notActive": ({ name, status }) => `Somente membros ativos podem ser desativados; ${hasStatus(name, status)}.`,
      "R18.notInactive": ({ name, status }) => `Somente membros inativos podem ser reativados; ${hasStatus(name, status)}.`,
      "R24.otherLifecycle": ({ verb, lifecycle }) =>
        `Os membros não podem ser ${{ archive: "arquivados", unarchive: "desarquivados", deactivate: "desativados", reactivate: "reativados" }[verb]} aqui: este espaço de trabalho ${
          lifecycle === "archive" ? "arquiva e desarquiva" : "desativa e reativa"
        } membros em vez disso.`,
      "R24.notActive": ({ name, status, part }) =>
        `Somente membros ativos podem ter ${part === "role" ? "a função alterada" : "os grupos alterados"}; ${hasStatus(name, status)}.`,
      "R27.notPending": () => "Este convite não está mais pendente.",
    },
    validation: {
      name_required: () => "Digite um nome.",
      name_too_long: ({ length, limit }, f) => `Um nome pode ter no máximo ${f.count(limit)} caracteres; este tem ${f.count(length)}.`,
      name_malformed_unicode: () => "O nome contém um caractere corrompido (metade de um emoji ou símbolo); digite-o de novo.",
      name_control_character: ({ codePoint }) =>
        `Um nome não pode conter caracteres de controle, como tabulações, quebras de linha ou NUL (aqui, ${codePoint}).`,
      name_bidi_control: ({ codePoint }) =>
        `Um nome não pode conter caracteres que invertem ou isolam a direção do texto (aqui, ${codePoint}): eles fazem o nome ser lido de forma diferente de como está salvo.`,
      name_invisible: () => "O nome não tem caracteres visíveis; digite um nome.",
      name_invisible_character: ({ codePoint }) => `O nome contém um caractere invisível (${codePoint}); digite-o de novo em vez de colá-lo.`,
      email_required: () => "Digite um endereço de e-mail.",
      email_too_long: ({ length, limit }, f) =>
        `Um endereço de e-mail pode ter no máximo ${f.count(limit)} caracteres; este tem ${f.count(length)}.`,
      email_malformed_unicode: () => "O endereço de e-mail contém um caractere corrompido (metade de um emoji ou símbolo); digite-o de novo.",
      email_whitespace: () => "Um endereço de e-mail não pode conter espaços, tabulações nem quebras de linha.",
      email_invisible_character: ({ codePoint }) =>
        `O endereço de e-mail contém um caractere invisível ou de controle (${codePoint}); digite-o de novo em vez de colá-lo.`,
      email_lookalike_at: ({ email, character: lookalike }) => `${quote(email)} usa “${lookalike}”, que parece um “@” mas não é; digite o “@” de novo.`,
      email_missing_at: ({ email }) => `Falta um “@” em ${quote(email)}.`,
      email_local_missing: () => "Adicione a parte antes do “@”.",
      email_domain_missing: () => "Adicione o domínio depois do “@”, como example.com.",
      email_local_too_long: ({ length, limit }, f) =>
        `A parte antes do “@” pode ter no máximo ${f.count(limit)} caracteres; esta tem ${f.count(length)}.`,
      email_local_invalid_character: ({ character: invalid }) =>
        `A parte antes do “@” contém “${invalid}”, que não é permitido ali; use letras de A a Z, números e símbolos como . _ + -.`,
      email_local_dots: () => "A parte antes do “@” não pode começar nem terminar com ponto, nem ter dois pontos seguidos.",
      email_domain_invalid: ({ domain, character: invalid }) =>
        invalid === undefined
          ? `O domínio ${quote(domain)} não é um nome de domínio válido.`
          : `O domínio ${quote(domain)} contém “${invalid}”, que não pode aparecer em um nome de domínio.`,
      email_domain_mixed_script: ({ domain, label, scripts }, f) => {
        const names = f.list(scripts.map((script) => scriptNames[script] ?? script));
        return `O domínio ${quote(domain)} mistura os alfabetos ${names} em ${quote(label)}, um jeito comum de imitar outro domínio; digite-o em um só alfabeto.`;
      },
      email_domain_numeric: ({ domain }) =>
        `O domínio ${quote(domain)} termina com um número; um e-mail precisa de um nome de domínio como example.com, não de um endereço IP.`,
      email_domain_no_dot: ({ domain }) => `O domínio ${quote(domain)} precisa de um ponto, como example.com.`,
      email_label_too_long: ({ label, length, limit }, f) =>
        `Cada parte do domínio entre pontos pode ter no máximo ${f.count(limit)} caracteres; ${quote(label)} tem ${f.count(length)}.`,
      role_required: () => "Escolha uma função.",
      role_unknown: ({ role, roles }, f) => `${quote(role)} não é uma função disponível aqui; escolha ${f.list(roles, "disjunction")}.`,
      groups_invalid: () => "Os grupos precisam ser uma lista de IDs de grupo.",
      groups_unknown: ({ groups, count }, f) =>
        f.plural(count, {
          one: `Grupo desconhecido: ${f.list(groups)}.`,
          many: `Grupos desconhecidos: ${f.list(groups)}.`,
          other: `Grupos desconhecidos: ${f.list(groups)}.`,
        }),
      metadata_too_large: (params, f) =>
        "bytes" in params
          ? `Os metadados têm ${f.count(params.bytes)} bytes; o limite é de ${f.count(params.limit)} bytes.`
          : `Os metadados têm ${f.count(params.length)} caracteres; o limite é de ${f.count(params.limit)} bytes, por isso eles não foram lidos. Remova uma parte.`,
      metadata_not_object: ({ type }) => `Os metadados precisam ser um objeto JSON como {"team": "design"}, não ${jsonType[type]}.`,
      metadata_not_flat: ({ key, type }) =>
        `Os metadados precisam ser planos: ${quote(key)} contém ${jsonType[type]}; use uma string, um número, um booleano ou null.`,
      metadata_number_out_of_range: ({ key }) =>
        `O número da chave de metadados ${quote(key)} é grande demais para ser salvo; escreva-o como string.`,
      metadata_malformed_unicode: ({ key }) =>
        `A entrada de metadados ${quote(key)} contém um caractere corrompido (metade de um emoji ou símbolo) que não pode ser salvo.`,
      metadata_nul_character: ({ key }) =>
        `A entrada de metadados ${quote(key)} contém um caractere NUL (\\u0000), que os bancos de dados não conseguem salvar; remova-o.`,
      json_unexpected_end: ({ expected }) =>
        expected === "value" ? "Fim inesperado do texto: falta um valor." : `${jsonExpected[expected]}, mas o texto terminou.`,
      json_unexpected_character: ({ expected, found }) =>
        expected === "value"
          ? `Caractere ${character(found)} inesperado: era esperado um valor.`
          : `${jsonExpected[expected]}, mas foi encontrado ${character(found)}.`,
      json_trailing_content: ({ found }) => `Caractere ${character(found)} inesperado depois do fim do valor JSON.`,
      json_unterminated_string: () => "String não terminada: falta uma aspa dupla de fechamento.",
      json_control_character: ({ codePoint }) => `O caractere de controle ${codePoint} precisa ser escapado dentro de strings.`,
      json_invalid_escape: ({ escape }) =>
        `Sequência de escape ${quote(escape)} inválida em uma string${escape.startsWith("\\u") ? ": \\u exige quatro dígitos hexadecimais" : ""}.`,
      json_duplicate_key: ({ key }) => `A chave ${quote(key, 40)} aparece duas vezes no mesmo objeto; cada chave só pode aparecer uma vez.`,
      json_forbidden_key: ({ key }) => `A chave ${quote(key, 40)} não é permitida.`,
      json_too_deep: ({ limit }, f) => `O JSON aninha objetos e matrizes em mais de ${f.count(limit)} níveis, que é o limite.`,
      json_too_long: ({ length, limit }, f) => `O texto tem ${f.count(length)} caracteres; o limite é de ${f.count(limit)}.`,
      json_not_text: ({ type }) => `Era esperado texto JSON, não um valor do tipo ${quote(type)}.`,
    },
    console: {
      allUsers: "Todos os usuários",
      scopeLabel: "Espaço de trabalho",
      loadingTitle: "Carregando…",
      seatCountHint: "Membros ativos, convidados e solicitados contam; arquivados e inativos, não.",
      partFailed: ({ part }) =>
        `${
          {
            "seat-count": "Não foi possível exibir a contagem de assentos faturáveis",
            "scope-switcher": "Não foi possível exibir o seletor de espaço de trabalho",
            invite: "Não foi possível exibir o formulário de convite",
            table: "Não foi possível exibir a tabela de membros",
            details: "Não foi possível exibir os detalhes do membro",
            confirm: "Não foi possível exibir a caixa de confirmação",
            activity: "Não foi possível exibir a atividade",
            export: "Não foi possível exibir a exportação CSV",
            bulk: "Não foi possível exibir as ações em massa",
            menu: "Não foi possível exibir o menu de ações",
          }[part]
        } por causa de um erro. O restante da página continua funcionando${part === "invite" ? ", e nada do que você digitou foi perdido" : ""}.`,
      partRetry: "Tentar novamente",
      partClose: "Fechar",
      partLoading: ({ part }) =>
        ({
          "seat-count": "Carregando a contagem de assentos faturáveis…",
          "scope-switcher": "Carregando o seletor de espaço de trabalho…",
          invite: "Abrindo o formulário de convite…",
          table: "Carregando a tabela de membros…",
          details: "Carregando os detalhes do membro…",
          confirm: "Carregando a caixa de confirmação…",
          activity: "Carregando a atividade…",
          export: "Abrindo a exportação CSV…",
          bulk: "Carregando as ações em massa…",
          menu: "Abrindo o menu de ações…",
        })[part],
    },
  },
};
