import type { ConsolePart, RosterLocale, RosterMessages, ValidationMessages } from "../react/messages";
import { describeCharacter, quoteText } from "../react/format";

// Korean particles depend on the last sound of the word before them, which a placeholder does not
// know: a value is followed by a noun (님, 사용자, 워크스페이스, 상태, 역할…) or an invariant particle
// (의, 에, 에서); where a sentence needs 이/가 or 을/를 after a value, `withParticle` chooses it.

type Status = keyof RosterMessages["status"]["label"];
type JsonExpected = Parameters<ValidationMessages["json_unexpected_end"]>[0]["expected"];
type JsonType = Parameters<ValidationMessages["metadata_not_object"]>[0]["type"];

const STATUS: Readonly<Record<Status, string>> = {
  requested: "가입 대기",
  invited: "초대됨",
  active: "활성",
  archived: "보관됨",
  inactive: "비활성",
};

/** What a person typed, in '…', cut by {@link quoteText} so that a pasted megabyte never fills the screen. */
const quote = (text: string, max?: number): string => quoteText(text, "'", "'", max);
/** A character as a message names it: in '…' when it can be seen, by its code point (`U+0009`) when not. */
const shown = (char: string): string => describeCharacter(char, "'", "'");

const EXPECTED: Readonly<Record<Exclude<JsonExpected, "value">, string>> = {
  propertyName: "큰따옴표로 묶인 속성 이름이",
  colon: "':' 기호가",
  commaOrBracket: "배열 항목 뒤에 ',' 또는 ']' 기호가",
  commaOrBrace: "속성 값 뒤에 ',' 또는 '}' 기호가",
};

function unexpected(expected: JsonExpected, found: string): string {
  if (expected === "value") return found === "" ? "텍스트가 예기치 않게 끝났습니다. 값이 없습니다." : `예기치 않은 ${shown(found)} 문자가 있습니다. 값이 필요합니다.`;
  return `${EXPECTED[expected]} 필요하지만 ${found === "" ? "텍스트가 끝났습니다" : `${shown(found)} 문자가 있습니다`}.`;
}

/** The alphabets `email_domain_mixed_script` names (in English, from the core), in Korean. */
const SCRIPTS: Readonly<Record<string, string>> = { Latin: "라틴", Cyrillic: "키릴", Greek: "그리스", Armenian: "아르메니아", Cherokee: "체로키" };

/**
 * A value with its particle: the form its last syllable takes when it ends in Hangul (`closed` after a
 * final consonant, `open` after a vowel), else both, as Korean UIs write it ("Ada이(가)").
 */
function withParticle(word: string, closed: string, open: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (last >= 0xac00 && last <= 0xd7a3) return `${word}${(last - 0xac00) % 28 === 0 ? open : closed}`;
  return `${word}${closed}(${open})`;
}

const subject = (word: string): string => withParticle(word, "이", "가");
const object = (word: string): string => withParticle(word, "을", "를");

type BulkField = Parameters<RosterMessages["bulkInvite"]["load"]["repeated_column"]>[0]["field"];

/** A column of the bulk invite file, by what it holds. */
const BULK_FIELD: Readonly<Record<BulkField, string>> = { name: "이름", email: "이메일", role: "역할", groups: "그룹", metadata: "메타데이터" };

const JSON_TYPE: Readonly<Record<JsonType, string>> = {
  null: "null",
  array: "배열",
  object: "객체",
  string: "문자열",
  number: "숫자",
  boolean: "불리언",
  other: "JSON으로 표현할 수 없는 값",
};

/** A part of the console as the object of a verb (with its particle), as the error and loading messages say it. */
const CONSOLE_PART: Readonly<Record<ConsolePart, string>> = {
  "seat-count": "시트 수를",
  "scope-switcher": "워크스페이스 전환기를",
  invite: "초대 양식을",
  table: "멤버 표를",
  details: "멤버 세부정보를",
  confirm: "확인 대화상자를",
  activity: "활동을",
  export: "CSV 내보내기를",
  bulk: "일괄 작업을",
  menu: "작업 메뉴를",
};

/** The status changes by name: the row menu's items and the confirm modal's buttons say the same. */
const STATUS_ACTIONS: RosterMessages["confirm"]["confirm"] = {
  archive: "사용자 보관",
  unarchive: "사용자 보관 해제",
  archiveInstance: "인스턴스에서 보관",
  unarchiveInstance: "인스턴스에서 보관 해제",
  deactivate: "비활성화",
  reactivate: "다시 활성화",
};

/** The kit's columns by name: the table's headers and the export's choices say the same. */
const COLUMN_NAMES = {
  name: "이름",
  email: "이메일",
  status: "상태",
  role: "역할",
  groups: "그룹",
  invitedAt: "초대일",
  lastActiveAt: "마지막 활동",
} as const;

/** Korean (한국어): every message of the kit, in the formal 합니다 style of product UIs. */
export const ko: RosterLocale = {
  locale: "ko",
  messages: {
    status: {
      label: STATUS,
      description: {
        archive: {
          requested: "초대되었지만 아직 계정이 없습니다. 가입을 기다리고 있습니다.",
          invited: "초대되었습니다. 수락을 기다리고 있습니다.",
          active: "액세스 권한이 있습니다.",
          archived: "액세스 권한이 없습니다. 보관을 해제하면 새 초대가 전송됩니다.",
        },
        deactivate: {
          invited: "초대되었습니다. 수락을 기다리고 있습니다.",
          active: "액세스 권한이 있습니다.",
          inactive: "로그인할 수 없으며 할당될 수도 없습니다. 다시 활성화하면 즉시 액세스 권한이 복원됩니다.",
        },
      },
    },
    actions: {
      ...STATUS_ACTIONS,
      menuLabel: ({ name }) => `${name}님에 대한 작업`,
      resendInvitation: "초대 다시 보내기",
      copyInvitationLink: "초대 링크 복사",
      edit: "역할 및 그룹 수정",
      viewDetails: "세부정보 보기",
      archiveRevokesHint: "대기 중인 초대가 취소됩니다.",
      invitationLinkField: ({ name }) => `${name}님의 초대 링크`,
      invitationFailed: ({ reason }) => `초대를 처리하지 못했습니다: ${reason}`,
    },
    member: {
      you: "본인",
      superAdmin: "최고 관리자",
      unnamed: "(이름 없음)",
      noGroups: "그룹 없음",
      moreGroups: ({ count }, f) => `외 ${f.count(count)}개`,
      groupsLabel: ({ name }) => `${name}님의 그룹`,
      neverActive: "없음",
    },
    confirm: {
      title: {
        archive: ({ name }) => `${name}님을 보관하시겠습니까?`,
        unarchive: ({ name }) => `${name}님의 보관을 해제하시겠습니까?`,
        archiveInstance: ({ name }) => `${name}님을 전체 인스턴스에서 보관하시겠습니까?`,
        unarchiveInstance: ({ name }) => `인스턴스에서 ${name}님의 보관을 해제하시겠습니까?`,
        deactivate: ({ name }) => `${name}님을 비활성화하시겠습니까?`,
        reactivate: ({ name }) => `${name}님을 다시 활성화하시겠습니까?`,
      },
      confirm: STATUS_ACTIONS,
      pending: {
        archive: "보관하는 중…",
        unarchive: "보관 해제하는 중…",
        archiveInstance: "보관하는 중…",
        unarchiveInstance: "보관 해제하는 중…",
        deactivate: "비활성화하는 중…",
        reactivate: "다시 활성화하는 중…",
      },
      cancel: "취소",
      consequencesLabel: "이 작업의 영향",
      accessLostWorkspace: ({ name, workspace }) =>
        `${name}님은 ${workspace} 워크스페이스에 더 이상 액세스할 수 없습니다. 다른 워크스페이스에는 영향이 없습니다.`,
      accessLostInstance: ({ name }) =>
        `${name}님은 더 이상 로그인할 수 없으며 모든 워크스페이스에 대한 액세스 권한을 잃습니다. 최고 관리자가 보관을 해제할 때까지 초대할 수 없습니다.`,
      accessLostDeactivate: ({ name }) => `${name}님은 더 이상 로그인할 수 없고, 알림을 받지 않으며, 새 레코드에 할당될 수 없습니다.`,
      accessRestoredReactivate: ({ name }) => `${name}님은 이전의 역할과 그룹을 그대로 유지한 채 즉시 다시 로그인할 수 있습니다.`,
      accessRestoredUnarchive: ({ name, workspace }) =>
        `${name}님은 ${workspace} 워크스페이스에 다시 초대되며, 초대를 수락하면 액세스 권한이 복원됩니다.`,
      accessRestoredInstance: ({ name }) =>
        `${name}님은 다시 로그인하고 초대받을 수 있습니다. 각 워크스페이스의 멤버십은 해당 워크스페이스 관리자가 보관을 해제할 때까지 보관된 상태로 유지됩니다.`,
      workspacesAffected: ({ workspaces }, f) => `영향을 받는 워크스페이스: ${f.list(workspaces)}`,
      invitationRevoked: "대기 중인 초대 링크가 더 이상 작동하지 않습니다.",
      emailSent: ({ email }) => `${email} 주소로 초대 이메일이 전송됩니다.`,
      noEmailSent: "이메일이 전송되지 않습니다.",
      seatChange: ({ before, after, workspace }, f) =>
        `${workspace === undefined ? "과금 대상 시트" : `${workspace}의 과금 대상 시트`}: ${f.count(before)} → ${f.count(after)}`,
      seatDelta: ({ delta, workspace }, f) =>
        `${workspace === undefined ? "" : `${workspace}의 `}과금 대상 시트가 ${f.plural(Math.abs(delta), { other: "#개" })} ${delta < 0 ? "줄어듭니다" : "늘어납니다"}.`,
      seatUnchanged: "과금 대상 시트 수는 변경되지 않습니다.",
      instanceUnarchived: ({ name }) => `${name}님은 인스턴스 수준에서도 보관이 해제되어 다시 로그인할 수 있습니다.`,
      nothingDeleted: "이 사용자가 만든 항목은 삭제되지 않습니다.",
      conflict: ({ name }) => `이 창이 열려 있는 동안 다른 사용자가 ${name}님의 정보를 변경했습니다. 아무것도 적용되지 않았습니다. 현재 상태를 확인하세요.`,
      failed: ({ name, reason }) => `${name}님의 정보를 변경하지 못했습니다: ${reason}`,
      retry: "다시 시도",
      close: "닫기",
      startAgain: "다시 시작",
      currentStatus: "현재 상태",
      currentRole: "현재 역할",
    },
    invite: {
      openButton: "멤버 초대",
      title: "멤버 초대",
      description: ({ workspace }) => `각 사용자에게 ${workspace} 워크스페이스에 참여하라는 초대 이메일이 전송됩니다.`,
      inviteeLegend: ({ index }, f) => `${f.count(index)}번째 사용자`,
      nameLabel: "이름",
      emailLabel: "이메일",
      roleLabel: "역할",
      rolePlaceholder: "역할 선택",
      groupsLabel: "그룹",
      groupsHint: "그룹을 원하는 만큼 선택할 수 있습니다.",
      metadataLabel: "메타데이터(JSON)",
      metadataHint: '{"team": "design"}과 같은 JSON 객체입니다.',
      optional: "선택사항",
      required: "필수",
      addInvitee: "사용자 추가",
      removeInvitee: ({ index }, f) => `${f.count(index)}번째 사용자 삭제`,
      submit: ({ count }, f) => f.plural(count, { "=1": "초대 보내기", other: "초대 #개 보내기" }),
      submitting: "보내는 중…",
      cancel: "취소",
      close: "닫기",
      metadataPosition: ({ message, line, column }, f) => `${f.count(line)}행 ${f.count(column)}열: ${message}`,
      duplicate: ({ email, status }) => `${email} 사용자는 이 워크스페이스에서 이미 '${status}' 상태입니다.`,
      offerUnarchive: ({ email }) => `${email} 사용자는 이 워크스페이스에서 보관된 상태입니다. 대신 보관을 해제하시겠습니까?`,
      offerReactivate: ({ email }) => `${email} 사용자는 이 워크스페이스에서 비활성 상태입니다. 대신 다시 활성화하시겠습니까?`,
      archivedInInstance: ({ email }) => `${email} 사용자는 인스턴스 수준에서 보관되었습니다. 먼저 최고 관리자가 보관을 해제해야 합니다.`,
      fieldRefused: "서버에서 이 값을 허용하지 않았습니다. 값을 확인한 후 다시 시도하세요.",
      errorSummary: ({ count }, f) => f.plural(count, { other: "계속하려면 오류 #개를 수정하세요." }),
      errorSummaryEntry: ({ field, person, people, error }, f) => (people === 1 ? `${field}: ${error}` : `${f.count(person)}번째 사용자의 ${field}: ${error}`),
      resultsTitle: "초대 결과",
      resultInvited: ({ email }) => `${email}: 초대했습니다.`,
      resultRequested: ({ email }) => `${email}: 가입 대기 중입니다. 계정을 만들라는 안내를 받게 됩니다.`,
      resultFailed: ({ email, reason }) => `${email}: 초대하지 못했습니다. ${reason}`,
      resultSummary: ({ sent, failed }, f) =>
        failed === 0
          ? f.plural(sent, { other: "초대 #개를 보냈습니다." })
          : `${f.plural(sent, { other: "초대 #개를 보냈으며" })} ${f.plural(failed, { other: "#개는 실패했습니다." })}`,
      copyLink: ({ email }) => `${email}의 초대 링크 복사`,
      inviteMore: "추가로 초대",
      retryFailed: "실패한 초대 수정 후 다시 시도",
      unarchiveInstead: "대신 보관 해제",
      reactivateInstead: "대신 다시 활성화",
      invitationLinkLabel: ({ email }) => `${email}의 초대 링크`,
      copied: "복사됨",
      emailConverted: ({ typed, stored, email }) =>
        `'${typed}' 도메인은 이메일 시스템이 국제 도메인에 사용하는 형식인 '${stored}' 형태로 저장됩니다. 초대는 ${email} 주소로 전송됩니다.`,
      requestFailed: ({ reason }) => `아무것도 전송되지 않았습니다: ${reason} 입력한 내용은 모두 유지됩니다.`,
      retry: "다시 시도",
      noGroups: "이 워크스페이스에는 그룹이 없습니다.",
    },
    bulkInvite: {
      modeLabel: "초대 방법",
      modeSingle: "한 명씩",
      modeBulk: "목록 또는 CSV에서",
      fileLabel: "CSV 파일",
      fileHint: ({ limit }, f) =>
        `첫 행은 머리글 행이고, 그 아래에 한 행에 한 명씩 name(이름), email(이메일), role(역할), groups(그룹, ; 또는 |로 구분), metadata(JSON)를 입력합니다. 최대 ${f.count(limit)}명까지 초대할 수 있습니다.`,
      template: "CSV 템플릿 다운로드",
      pasteLabel: "또는 이메일 붙여넣기",
      pasteHint: "한 줄에 하나씩 또는 쉼표로 구분하여 입력합니다(예: ada@example.com 또는 Ada Lovelace <ada@example.com>). 스프레드시트에서 복사한 표도 사용할 수 있습니다.",
      addPasted: "목록에 추가",
      defaultRoleLabel: "역할이 없는 행에 지정할 역할",
      reading: "읽는 중…",
      loading: "불러오는 중…",
      load: {
        empty: () => "초대할 사람이 없습니다. 머리글 행 아래에 한 행에 한 명씩 추가하세요.",
        no_email_column: ({ columns }, f) =>
          `이메일이 있는 열이 없습니다. 첫 행에 열 이름(name, email, role, groups, metadata)을 지정해야 합니다. 현재 첫 행: ${columns.length === 0 ? "없음" : f.list(columns)}`,
        repeated_column: ({ field, columns }, f) => `${f.list(columns)} 열이 모두 ${BULK_FIELD[field]} 항목입니다. 하나만 남기세요.`,
        too_many_rows: ({ limit, count }, f) =>
          `한 번에 최대 ${f.count(limit)}명까지 초대할 수 있습니다. ${count === null ? "이 파일에는 그보다 많은 사람이 있습니다" : `이 파일에는 ${f.count(count)}명이 있습니다`}. 더 작은 파일로 나누세요.`,
        unclosed_quote: ({ row }, f) => `${f.count(row)}행에서 따옴표로 묶인 필드가 닫히지 않아 나머지를 읽을 수 없습니다. 따옴표를 닫으세요.`,
        not_text: () => "텍스트 파일이 아닙니다. 스프레드시트를 CSV(UTF-8)로 저장한 후 해당 파일을 선택하세요.",
      },
      loadRefused: ({ reason }) => `아무것도 추가되지 않았습니다: ${reason} 목록에 이미 있는 행은 유지됩니다.`,
      ignoredColumns: ({ columns }, f) => `무시된 열: ${f.list(columns)}`,
      previewTitle: "초대할 사람",
      previewSummary: ({ total, invited, ready, invalid }, f) =>
        `총 ${f.count(total)}명: ${invited > 0 ? `초대됨 ${f.count(invited)}명, ` : ""}준비됨 ${f.count(ready)}명, 수정 필요 ${f.count(invalid)}명`,
      rowColumn: "행",
      statusColumn: "상태",
      fieldLabel: ({ field, row }, f) => `${f.count(row)}행의 ${field}`,
      removeRow: ({ row }, f) => `${f.count(row)}행 삭제`,
      removeInvalid: ({ count }, f) => f.plural(count, { "=1": "문제가 있는 행 삭제", other: "문제가 있는 행 #개 삭제" }),
      onlyToFix: "수정이 필요한 행만 표시",
      duplicateInFile: ({ row }, f) => `${f.count(row)}행과 같은 이메일입니다.`,
      outcome: { ready: "준비됨", invalid: "수정 필요", queued: "대기 중", sending: "보내는 중", invited: "초대됨", refused: "초대 안 됨", failed: "전송 안 됨" },
      notSent: ({ reason }) => `전송되지 않았습니다: ${reason} 다시 시도하면 다시 전송합니다.`,
      send: ({ count }, f) => f.plural(count, { other: "초대 #개 보내기" }),
      nothingToSend: "보내려면 문제가 있는 행을 수정하거나 삭제하세요.",
      progressLabel: "초대 보내는 중",
      progress: ({ done, total }, f) => `${f.count(total)}개 중 ${f.count(done)}개 전송됨`,
      cancel: "이 배치 후 중지",
      cancelling: "이 배치 후 중지하는 중…",
      resultSummary: ({ invited, notInvited }, f) =>
        notInvited === 0
          ? f.plural(invited, { other: "초대 #개를 보냈습니다." })
          : `${f.plural(invited, { other: "초대 #개를 보냈습니다." })} ${f.plural(notInvited, { other: "#명은 초대되지 않았습니다. 해당 행을 수정한 후 다시 시도하세요." })}`,
      retryFailed: ({ count }, f) => f.plural(count, { other: "#개 행 다시 시도" }),
      startOver: "다시 시작",
    },
    memberEdit: {
      title: ({ name }) => `${name}님의 역할 및 그룹 수정`,
      roleLabel: "역할",
      groupsLabel: "그룹",
      save: "변경사항 저장",
      saving: "저장하는 중…",
      cancel: "취소",
      conflict: ({ name }) => `다른 사용자가 ${name}님의 정보를 변경했습니다. 현재 역할과 그룹이 표시되어 있으니 검토한 후 다시 저장하세요.`,
      failed: ({ reason }) => `저장하지 못했습니다: ${reason} 선택한 내용은 유지됩니다.`,
      retry: "다시 시도",
      startAgain: "현재 값 수정",
      currentValues: "현재 값",
      noGroups: "이 워크스페이스에는 그룹이 없습니다.",
    },
    table: {
      workspaceCaption: ({ workspace }) => `${workspace} 워크스페이스의 멤버`,
      instanceCaption: "모든 사용자",
      columns: {
        ...COLUMN_NAMES,
        workspaces: "워크스페이스",
        actions: "작업",
      },
      sortBy: ({ column }) => `${column} 기준 정렬`,
      sortedAscending: "오름차순 정렬됨",
      sortedDescending: "내림차순 정렬됨",
      searchLabel: "멤버 검색",
      searchPlaceholder: "이름 또는 이메일로 검색",
      clearSearch: "검색어 지우기",
      statusFilterLabel: "상태",
      roleFilterLabel: "역할",
      allStatuses: "모든 상태",
      allRoles: "모든 역할",
      clearFilters: "필터 지우기",
      loading: "멤버를 불러오는 중…",
      empty: "아직 멤버가 없습니다",
      emptyHint: "사용자를 초대하여 액세스 권한을 부여하세요.",
      noMatches: "일치하는 멤버가 없습니다",
      noMatchesHint: "다른 검색어를 사용하거나 필터를 지워 보세요.",
      errorTitle: "멤버를 불러올 수 없습니다",
      retry: "다시 시도",
      scrollHint: "모든 열을 보려면 가로로 스크롤하세요.",
      paginationLabel: "페이지 탐색",
      pageRange: ({ from, to, total }, f) =>
        total === null ? `${f.count(from)}–${f.count(to)}` : `전체 ${f.count(total)}개 중 ${f.count(from)}–${f.count(to)}`,
      pageOf: ({ page, pages }, f) => `${f.count(pages)}페이지 중 ${f.count(page)}페이지`,
      previousPage: "이전 페이지",
      nextPage: "다음 페이지",
      firstPage: "첫 페이지",
      lastPage: "마지막 페이지",
      pageSize: "페이지당 행 수",
      billableSeats: ({ count }, f) => f.plural(count, { other: "과금 대상 시트 #개" }),
      memberCount: ({ count }, f) => f.plural(count, { "=0": "멤버 없음", other: "멤버 #명" }),
      selectRow: ({ name }) => `${name}님 선택`,
      selectPage: "이 페이지의 모든 멤버 선택",
      selectedCount: ({ count }, f) => f.plural(count, { other: "#명 선택됨" }),
      clearSelection: "선택 해제",
      selectionToggle: "선택",
      selectionOn: "선택 모드 켜짐: 각 행에 체크박스가 표시됩니다.",
      selectionOff: "선택 모드 꺼짐.",
      bulkArchive: "선택한 멤버 보관",
      bulkDeactivate: "선택한 멤버 비활성화",
      bulkTitle: ({ count, action }, f) =>
        f.plural(count, action === "archive" ? { other: "멤버 #명을 보관하시겠습니까?" } : { other: "멤버 #명을 비활성화하시겠습니까?" }),
      bulkDescription: ({ action }) =>
        `${action === "archive" ? "보관된 멤버는 이 워크스페이스에 액세스할 수 없게 되며 대기 중인 초대도 더 이상 작동하지 않습니다." : "비활성화된 멤버는 더 이상 로그인할 수 없습니다."} 각 멤버는 개별적으로 변경됩니다. 변경할 수 없는 멤버는 건너뛰며 모든 결과가 목록으로 표시됩니다. 아무것도 삭제되지 않습니다.`,
      bulkConfirm: ({ count, action }, f) => f.plural(count, action === "archive" ? { other: "멤버 #명 보관" } : { other: "멤버 #명 비활성화" }),
      bulkApplying: "적용하는 중…",
      bulkResultsLabel: "결과",
      bulkSucceeded: ({ name, status }) => `${name}: 이제 '${status}' 상태입니다.`,
      bulkRefused: ({ name, reason }) => `${name}: 변경되지 않았습니다. ${reason}`,
      bulkFailed: ({ name, reason }) => `${name}: 실패했습니다. ${reason}`,
      bulkWaiting: ({ name }) => `${name}: 대기 중…`,
      bulkSummary: ({ succeeded, refused, failed }, f) =>
        [
          `${f.count(succeeded)}명 변경됨`,
          ...(refused > 0 ? [`${f.count(refused)}명 거부됨`] : []),
          ...(failed > 0 ? [`${f.count(failed)}명 실패`] : []),
        ].join(", "),
      close: "닫기",
      unsupported: ({ feature }) =>
        `서버에서 ${{ search: "검색", filterByStatus: "상태별 필터링", filterByRole: "역할별 필터링", filterByMetadata: "이 필드별 필터링", sort: "이 열 기준 정렬", page: "이 페이지로 이동" }[feature]} 기능을 지원하지 않습니다. 현재 표시된 페이지만 필터링하면 일부 멤버가 숨겨집니다.`,
      membershipCount: ({ count }, f) => f.plural(count, { "=0": "워크스페이스 없음", other: "워크스페이스 #개" }),
      noMetadataValue: "설정되지 않음",
      anyValue: "모든 값",
    },
    export: {
      trigger: "CSV 내보내기",
      title: "멤버를 CSV로 내보내기",
      description: ({ filtered }) =>
        `${filtered ? "현재 검색어 및 필터와 일치하는 모든 멤버" : "이 목록의 모든 멤버"}를 현재 정렬 순서대로 모든 페이지에 걸쳐 내보냅니다.`,
      columnsLegend: "열",
      columns: {
        ...COLUMN_NAMES,
        metadata: "모든 메타데이터(JSON)",
      },
      noColumns: "열을 하나 이상 선택하세요.",
      submit: "내보내기",
      cancel: "취소",
      progress: ({ count }, f) => f.plural(count, { "=0": "내보내는 중…", other: "내보내는 중… 지금까지 멤버 #명" }),
      stop: "내보내기 중지",
      done: ({ count, fileName }, f) =>
        `${fileName} 파일로 ${f.plural(count, { "=0": "내보낸 멤버가 없습니다.", other: "멤버 #명을 내보냈습니다." })}`,
      failed: ({ reason }) => `내보내기에 실패했습니다: ${reason} 선택한 내용은 유지됩니다. 다시 시도하세요.`,
      retry: "다시 시도",
      close: "닫기",
    },
    details: {
      title: ({ name }) => `${name}님의 세부정보`,
      close: "세부정보 닫기",
      status: "상태",
      email: "이메일",
      role: "역할",
      groups: "그룹",
      workspaces: "워크스페이스",
      metadata: "메타데이터",
      noMetadata: "없음",
      invitedAt: "초대일",
      lastActiveAt: "마지막 활동",
      actions: "작업",
      loading: "멤버를 불러오는 중…",
      otherWorkspaces: "다른 워크스페이스",
    },
    activity: {
      timelineTitle: "기록",
      logTitle: "활동",
      showLog: "활동",
      showMembers: "멤버",
      viewsLabel: "보기",
      byline: {
        invite: ({ actor }) => `초대한 사람: ${actor}`,
        acceptInvitation: ({ actor, self }) => (self ? "초대를 수락함" : `초대를 수락한 사람: ${actor}`),
        resendInvitation: ({ actor }) => `초대를 다시 보낸 사람: ${actor}`,
        revokeInvitation: ({ actor }) => `초대를 취소한 사람: ${actor}`,
        archive: ({ actor }) => `보관한 사람: ${actor}`,
        unarchive: ({ actor }) => `보관 해제한 사람: ${actor}`,
        deactivate: ({ actor }) => `비활성화한 사람: ${actor}`,
        reactivate: ({ actor }) => `다시 활성화한 사람: ${actor}`,
        changeRole: ({ actor }) => `역할을 변경한 사람: ${actor}`,
        changeGroups: ({ actor, self }) => (self ? "본인의 그룹을 변경함" : `그룹을 변경한 사람: ${actor}`),
        updateMember: ({ actor, self }) => (self ? "본인의 세부정보를 업데이트함" : `업데이트한 사람: ${actor}`),
      },
      sentence: {
        invite: ({ actor, target }) => `${subject(actor)} ${object(target)} 초대했습니다`,
        acceptInvitation: ({ target }) => `${subject(target)} 초대를 수락했습니다`,
        resendInvitation: ({ actor, target }) => `${subject(actor)} ${target}에게 초대를 다시 보냈습니다`,
        revokeInvitation: ({ actor, target }) => `${subject(actor)} ${target}의 초대를 취소했습니다`,
        archive: ({ actor, target }) => `${subject(actor)} ${object(target)} 보관했습니다`,
        unarchive: ({ actor, target }) => `${subject(actor)} ${target}의 보관을 해제했습니다`,
        deactivate: ({ actor, target }) => `${subject(actor)} ${object(target)} 비활성화했습니다`,
        reactivate: ({ actor, target }) => `${subject(actor)} ${object(target)} 다시 활성화했습니다`,
        changeRole: ({ actor, target }) => `${subject(actor)} ${target}의 역할을 변경했습니다`,
        changeGroups: ({ actor, target, self }) => (self ? `${subject(target)} 본인의 그룹을 변경했습니다` : `${subject(actor)} ${target}의 그룹을 변경했습니다`),
        updateMember: ({ actor, target, self }) =>
          self ? `${subject(target)} 본인의 세부정보를 업데이트했습니다` : `${subject(actor)} ${target}의 정보를 업데이트했습니다`,
      },
      instanceLevel: "모든 워크스페이스",
      when: ({ date, relative }) => `${date}(${relative})`,
      statusChange: ({ before, after }) => (before === null ? `상태: ${after}` : `상태: ${before} → ${after}`),
      roleChange: ({ before, after }) => (before === null ? `역할: ${after}` : `역할: ${before} → ${after}`),
      groupsAdded: ({ groups }, f) => `${f.list(groups)}에 추가됨`,
      groupsRemoved: ({ groups }, f) => `${f.list(groups)}에서 제거됨`,
      someone: "알 수 없는 사용자",
      actionFilter: "작업",
      allActions: "모든 작업",
      actionName: {
        invite: "초대",
        acceptInvitation: "초대 수락",
        resendInvitation: "초대 재전송",
        revokeInvitation: "초대 취소",
        archive: "보관",
        unarchive: "보관 해제",
        deactivate: "비활성화",
        reactivate: "다시 활성화",
        changeRole: "역할 변경",
        changeGroups: "그룹 변경",
        updateMember: "업데이트",
      },
      personFilter: "사용자",
      personHint: "기록에 있는 이름 또는 이메일입니다.",
      personRole: "관여 방식",
      personAsActor: "변경한 사람",
      personAsTarget: "변경된 사람",
      personUnknown: ({ text }) => `기록에 '${text}' 검색어와 일치하는 사람이 없습니다. 목록에서 이름을 선택하거나 입력란을 지우세요.`,
      applyFilters: "필터 적용",
      clearFilters: "필터 지우기",
      filtersLabel: "활동 필터",
      loading: "활동을 불러오는 중…",
      loadMore: "더 보기",
      loadingMore: "더 불러오는 중…",
      emptyTimeline: "아직 기록된 변경 사항이 없습니다.",
      emptyLog: "아직 기록된 활동이 없습니다.",
      emptyFiltered: "이 필터와 일치하는 활동이 없습니다.",
      end: "기록의 끝입니다.",
      failed: ({ reason }) => `활동을 불러올 수 없습니다. ${reason}`,
      retry: "다시 시도",
      loaded: ({ count, more }, f) =>
        `${f.plural(count, { "=0": "표시된 이벤트가 없습니다.", other: "이벤트 #개가 표시되었습니다." })}${more ? " 이전 이벤트를 더 불러올 수 있습니다." : ""}`,
    },
    announcements: {
      statusChanged: ({ name, status }) => `${name}님은 이제 '${status}' 상태입니다.`,
      statusChangeFailed: ({ name, reason }) => `${name}님의 정보를 변경하지 못했습니다: ${reason}`,
      statusConflict: ({ name, status }) =>
        `${name}님의 정보가 변경되지 않았습니다. 다른 사용자가 먼저 변경했습니다.${status === null ? "" : ` 현재 '${status}' 상태입니다.`} 현재 상태를 확인하세요.`,
      invitationsSent: ({ count }, f) => f.plural(count, { other: "초대 #개를 보냈습니다." }),
      invitationResent: ({ email }) => `${email} 주소로 초대를 다시 보냈습니다.`,
      linkCopied: "초대 링크를 복사했습니다.",
      linkCopyFailed: "초대 링크를 복사할 수 없습니다.",
      memberUpdated: ({ name }) => `${name}님의 정보가 업데이트되었습니다.`,
      listLoaded: ({ count, total }, f) =>
        total === null
          ? f.plural(count, { "=0": "표시된 멤버가 없습니다.", other: "멤버 #명이 표시되었습니다." })
          : f.plural(total, { "=0": "멤버를 찾을 수 없습니다.", other: "멤버 #명을 찾았습니다." }),
      sortChanged: ({ column, direction }) => `${column} 기준 ${direction === "asc" ? "오름차순" : "내림차순"}으로 정렬했습니다.`,
    },
    errors: {
      forbidden: "이 작업을 수행할 권한이 없습니다.",
      not_found: "이 멤버가 더 이상 존재하지 않습니다.",
      conflict: "다른 사용자가 이 멤버를 변경했습니다. 현재 상태를 확인한 후 다시 시도하세요.",
      validation: "일부 입력란을 확인해야 합니다.",
      last_admin: "이 작업을 수행하면 워크스페이스에 활성 관리자가 없게 됩니다.",
      archived_in_instance: "이 사용자는 인스턴스 수준에서 보관되었습니다. 먼저 최고 관리자가 보관을 해제해야 합니다.",
      duplicate: "이 사용자는 이미 워크스페이스의 멤버입니다.",
      invalid_transition: "이 작업은 멤버의 현재 상태에 적용할 수 없습니다.",
      rate_limited: "요청이 너무 많습니다. 잠시 후 다시 시도하세요.",
      idempotency_mismatch: "이 요청은 이전의 다른 요청을 반복했기 때문에 거부되었습니다. 변경된 내용은 없습니다. 다시 시도하세요.",
      limit_exceeded: "요청이 너무 큽니다. 한 번에 보내는 사용자 수나 데이터 양을 줄이세요.",
      network: "서버에 연결할 수 없습니다. 연결 상태를 확인한 후 다시 시도하세요.",
      timeout: "서버가 제시간에 응답하지 않았습니다. 연결 상태를 확인한 후 다시 시도하세요.",
      unknown: "문제가 발생했습니다. 다시 시도하세요.",
    },
    denials: {
      "R1.notMember": () => "이 워크스페이스의 멤버만 멤버 목록을 볼 수 있습니다.",
      "R1.notAdmin": ({ verb }) =>
        `이 워크스페이스의 관리자만 멤버를 ${{ invite: "초대", archive: "보관", unarchive: "보관 해제", deactivate: "비활성화", reactivate: "다시 활성화", edit: "수정" }[verb]}할 수 있습니다.`,
      "R1.activityAdminsOnly": () => "이 워크스페이스의 관리자만 활동 내역을 볼 수 있습니다.",
      "R2.notSuperAdmin": ({ verb }) =>
        `최고 관리자만 ${{ archiveInstance: "인스턴스 수준에서 보관할", unarchiveInstance: "인스턴스 수준에서 보관을 해제할", viewInstanceUsers: "인스턴스의 '모든 사용자'를 볼", viewInstanceActivity: "전체 인스턴스의 활동 내역을 볼" }[verb]} 수 있습니다.`,
      "R2.instanceArchived": ({ name }) => `${name}님은 인스턴스 수준에서 보관되었습니다. 최고 관리자만 보관을 해제할 수 있습니다.`,
      "R2.instanceScope": () => "인스턴스 수준에서는 사용자를 보관하거나 보관 해제하는 것만 가능합니다. 다른 작업을 하려면 워크스페이스를 여세요.",
      "R4.self": () => "본인의 상태는 변경할 수 없습니다. 스스로 접근이 차단되지 않도록 다른 관리자에게 요청하세요.",
      "R4.superAdmin": ({ part }) => `최고 관리자의 ${{ status: "상태를", role: "역할을", groups: "그룹을" }[part]} 변경할 수 있는 사람은 최고 관리자뿐입니다.`,
      "R5.unknownRole": ({ role }) => `'${role}' 역할은 이 워크스페이스에 없습니다.`,
      "R5.noWorkspace": () => "멤버는 워크스페이스로 초대됩니다. 초대할 워크스페이스를 선택하세요.",
      "R5.nothingToChange": ({ name }) => `${name}님에게 변경할 내용이 없습니다. 새 역할이나 새 그룹 또는 둘 다 지정하세요.`,
      "R5.unknownGroups": ({ workspaceName, groups }, f) =>
        `${workspaceName}에는 ${f.list(groups.map((group) => `'${group}'`))} 그룹이 없습니다. 이 워크스페이스의 그룹을 선택하세요.`,
      "R7.alreadyMember": ({ email, status }) => `${email} 사용자는 이 워크스페이스에서 이미 '${STATUS[status]}' 상태입니다.`,
      "R7.restoreInstead": ({ email, status, offer }) =>
        `${email} 사용자는 이 워크스페이스에서 '${STATUS[status]}' 상태입니다. 다시 초대하는 대신 ${offer === "unarchive" ? "보관을 해제하세요" : "다시 활성화하세요"}.`,
      "R8.archivedInInstance": ({ email }) => `${email} 사용자는 인스턴스 수준에서 보관되어 초대할 수 없습니다. 먼저 최고 관리자가 보관을 해제해야 합니다.`,
      "R10.noPendingInvitation": ({ name, verb }) => `${name}님에게는 ${verb === "resendInvitation" ? "다시 보낼 " : ""}대기 중인 초대가 없습니다.`,
      "R10.cloudLinks": () => "초대 링크는 자체 호스팅 배포에서만 복사할 수 있습니다. 클라우드에서는 초대가 이메일로 전송됩니다.",
      "R11.alreadyArchived": ({ name }) => `${name}님은 이 워크스페이스에서 이미 보관되었습니다.`,
      "R12.alreadyArchived": ({ name }) => `${name}님은 인스턴스 수준에서 이미 보관되었습니다.`,
      "R12.accountArchived": () => "이 계정은 보관되었습니다. 최고 관리자에게 보관 해제를 요청하세요.",
      "R13.notArchived": ({ name, status }) =>
        `인스턴스 수준에서 보관된 사용자만 인스턴스 수준에서 보관을 해제할 수 있습니다. ${name}님은 '${STATUS[status]}' 상태입니다.`,
      "R14.notArchived": ({ name, status }) => `보관된 멤버만 보관을 해제할 수 있습니다. ${name}님은 '${STATUS[status]}' 상태입니다.`,
      "R15.lastAdmin": ({ name, verb, workspaceNames }, f) =>
        `${name}님은 ${f.list(workspaceNames)}의 마지막 활성 관리자입니다. ${{ archive: "보관하면", archiveInstance: "인스턴스 수준에서 보관하면", deactivate: "비활성화하면", changeRole: "관리자 역할을 제거하면" }[verb]} 해당 워크스페이스에 관리자가 없게 됩니다. 먼저 다른 사람을 관리자로 지정하세요.`,
      "R17.notActive": ({ name, status }) => `활성 멤버만 비활성화할 수 있습니다. ${name}님은 '${STATUS[status]}' 상태입니다.`,
      "R18.notInactive": ({ name, status }) => `비활성 멤버만 다시 활성화할 수 있습니다. ${name}님은 '${STATUS[status]}' 상태입니다.`,
      "R24.otherLifecycle": ({ verb, lifecycle }) =>
        `여기서는 멤버를 ${{ archive: "보관", unarchive: "보관 해제", deactivate: "비활성화", reactivate: "다시 활성화" }[verb]}할 수 없습니다. 이 워크스페이스에서는 대신 멤버를 ${lifecycle === "archive" ? "보관 및 보관 해제" : "비활성화 및 다시 활성화"}합니다.`,
      "R24.notActive": ({ name, status, part }) =>
        `활성 멤버만 ${part === "role" ? "역할을" : "그룹을"} 변경할 수 있습니다. ${name}님은 '${STATUS[status]}' 상태입니다.`,
      "R27.notPending": () => "이 초대는 더 이상 대기 중이 아닙니다.",
    },
    validation: {
      name_required: () => "이름을 입력하세요.",
      name_too_long: ({ length, limit }, f) => `이름은 최대 ${f.count(limit)}자까지 입력할 수 있습니다. 현재 ${f.count(length)}자입니다.`,
      name_malformed_unicode: () => "이름에 손상된 문자(이모티콘이나 기호의 일부)가 포함되어 있습니다. 다시 입력하세요.",
      name_control_character: ({ codePoint }) => `이름에는 탭, 줄바꿈, NUL과 같은 제어 문자를 사용할 수 없습니다(여기서는 ${codePoint}).`,
      name_bidi_control: ({ codePoint }) =>
        `이름에는 텍스트 방향을 뒤집거나 분리하는 문자를 사용할 수 없습니다(여기서는 ${codePoint}). 이러한 문자는 저장된 내용과 다르게 읽히게 만듭니다.`,
      name_invisible: () => "이름에 보이는 문자가 없습니다. 이름을 입력하세요.",
      name_invisible_character: ({ codePoint }) => `이름에 보이지 않는 문자(${codePoint})가 포함되어 있습니다. 붙여넣지 말고 직접 다시 입력하세요.`,
      email_required: () => "이메일 주소를 입력하세요.",
      email_too_long: ({ length, limit }, f) => `이메일 주소는 최대 ${f.count(limit)}자까지 입력할 수 있습니다. 현재 ${f.count(length)}자입니다.`,
      email_malformed_unicode: () => "이메일 주소에 손상된 문자(이모티콘이나 기호의 일부)가 포함되어 있습니다. 다시 입력하세요.",
      email_whitespace: () => "이메일 주소에는 공백, 탭, 줄바꿈을 사용할 수 없습니다.",
      email_invisible_character: ({ codePoint }) =>
        `이메일 주소에 보이지 않는 문자 또는 제어 문자(${codePoint})가 포함되어 있습니다. 붙여넣지 말고 직접 다시 입력하세요.`,
      email_lookalike_at: ({ email, character }) =>
        `${quote(email)}에 사용된 '${character}' 문자는 '@'처럼 보이지만 '@' 기호가 아닙니다. '@' 기호를 다시 입력하세요.`,
      email_missing_at: ({ email }) => `${quote(email)}에 '@' 기호가 없습니다.`,
      email_local_missing: () => "'@' 기호 앞부분을 입력하세요.",
      email_domain_missing: () => "'@' 기호 뒤에 example.com과 같은 도메인을 입력하세요.",
      email_local_too_long: ({ length, limit }, f) => `'@' 기호 앞부분은 최대 ${f.count(limit)}자까지 입력할 수 있습니다. 현재 ${f.count(length)}자입니다.`,
      email_local_invalid_character: ({ character }) =>
        `'@' 기호 앞부분에는 '${character}' 문자를 사용할 수 없습니다. 영문자 A–Z, 숫자, . _ + - 같은 기호를 사용하세요.`,
      email_local_dots: () => "'@' 기호 앞부분은 점으로 시작하거나 끝날 수 없으며 점을 두 개 연속으로 사용할 수 없습니다.",
      email_domain_invalid: ({ domain, character }) =>
        character === undefined
          ? `${quote(domain)} 도메인은 올바른 도메인 이름이 아닙니다.`
          : `${quote(domain)} 도메인에 도메인 이름에 사용할 수 없는 '${character}' 문자가 포함되어 있습니다.`,
      email_domain_mixed_script: ({ domain, label, scripts }, f) =>
        `${quote(domain)} 도메인의 ${quote(label)} 부분에 ${f.list(scripts.map((script) => SCRIPTS[script] ?? script))} 문자가 섞여 있습니다. 이는 다른 도메인을 사칭할 때 흔히 쓰는 수법입니다. 한 가지 문자 체계로만 입력하세요.`,
      email_domain_numeric: ({ domain }) =>
        `${quote(domain)} 도메인이 숫자로 끝납니다. 이메일 주소에는 IP 주소가 아닌 example.com과 같은 도메인 이름이 필요합니다.`,
      email_domain_no_dot: ({ domain }) => `${quote(domain)} 도메인에는 example.com처럼 점이 있어야 합니다.`,
      email_label_too_long: ({ label, length, limit }, f) =>
        `도메인에서 점으로 구분된 각 부분은 최대 ${f.count(limit)}자까지 입력할 수 있습니다. ${quote(label)} 부분은 ${f.count(length)}자입니다.`,
      role_required: () => "역할을 선택하세요.",
      role_unknown: ({ role, roles }, f) => `${quote(role)} 역할은 여기에 없습니다. ${f.list(roles, "disjunction")} 중에서 선택하세요.`,
      groups_invalid: () => "그룹은 그룹 ID 목록이어야 합니다.",
      groups_unknown: ({ groups }, f) => `알 수 없는 그룹: ${f.list(groups)}`,
      metadata_too_large: (params, f) =>
        "bytes" in params
          ? `메타데이터 크기가 ${f.count(params.bytes)}바이트입니다. 한도는 ${f.count(params.limit)}바이트입니다.`
          : `메타데이터 길이가 ${f.count(params.length)}자로 한도인 ${f.count(params.limit)}바이트를 초과하므로 읽지 않았습니다. 일부를 삭제하세요.`,
      metadata_not_object: ({ type }) => `메타데이터는 {"team": "design"}과 같은 JSON 객체여야 하며 ${JSON_TYPE[type]}일 수는 없습니다.`,
      metadata_not_flat: ({ key, type }) =>
        `메타데이터는 중첩할 수 없습니다. ${quote(key)} 항목의 값이 ${JSON_TYPE[type]}입니다. 문자열, 숫자, 불리언 또는 null을 사용하세요.`,
      metadata_number_out_of_range: ({ key }) => `메타데이터 숫자 ${quote(key)} 항목은 너무 커서 저장할 수 없습니다. 문자열로 입력하세요.`,
      metadata_malformed_unicode: ({ key }) => `메타데이터 ${quote(key)} 항목에 저장할 수 없는 손상된 문자(이모티콘이나 기호의 일부)가 포함되어 있습니다.`,
      metadata_nul_character: ({ key }) =>
        `메타데이터 ${quote(key)} 항목에 데이터베이스에 저장할 수 없는 NUL 문자(\\u0000)가 포함되어 있습니다. 삭제하세요.`,
      json_unexpected_end: ({ expected }) => unexpected(expected, ""),
      json_unexpected_character: ({ expected, found }) => unexpected(expected, found),
      json_trailing_content: ({ found }) => `JSON 값이 끝난 뒤에 예기치 않은 ${shown(found)} 문자가 있습니다.`,
      json_unterminated_string: () => "문자열이 끝나지 않았습니다. 닫는 큰따옴표가 없습니다.",
      json_control_character: ({ codePoint }) => `문자열 안의 제어 문자(${codePoint})는 이스케이프해야 합니다.`,
      json_invalid_escape: ({ escape }) =>
        `문자열의 이스케이프 '${escape}' 형식이 잘못되었습니다.${escape.startsWith("\\u") ? " \\u 뒤에는 16진수 4자리가 와야 합니다." : ""}`,
      json_duplicate_key: ({ key }) => `${quote(key, 40)} 키가 같은 객체에 두 번 나옵니다. 각 키는 한 번만 사용할 수 있습니다.`,
      json_forbidden_key: ({ key }) => `${quote(key, 40)} 키는 사용할 수 없습니다.`,
      json_too_deep: ({ limit }, f) => `JSON의 객체와 배열 중첩이 한도인 ${f.count(limit)}단계를 초과합니다.`,
      json_too_long: ({ length, limit }, f) => `텍스트 길이가 ${f.count(length)}자입니다. 한도는 ${f.count(limit)}자입니다.`,
      json_not_text: ({ type }) => `JSON 텍스트가 필요하지만 ${type} 형식이 전달되었습니다.`,
    },
    console: {
      allUsers: "모든 사용자",
      scopeLabel: "워크스페이스",
      loadingTitle: "불러오는 중…",
      seatCountHint: "활성, 초대됨, 가입 대기 상태의 멤버는 시트 수에 포함되며, 보관됨 및 비활성 상태의 멤버는 포함되지 않습니다.",
      partFailed: ({ part }) =>
        `오류로 인해 ${CONSOLE_PART[part]} 표시할 수 없습니다. 페이지의 나머지 부분은 계속 사용할 수 있습니다.${part === "invite" ? " 입력한 내용은 손실되지 않았습니다." : ""}`,
      partRetry: "다시 시도",
      partClose: "닫기",
      partLoading: ({ part }) =>
        part === "invite" ? "초대 양식을 여는 중…" : `${CONSOLE_PART[part]} 불러오는 중…`,
    },
  },
};
