import type { ConsolePart, RosterLocale, RosterMessages, ValidationMessages } from "../react/messages";
import { describeCharacter, quoteText } from "../react/format";

type Status = keyof RosterMessages["status"]["label"];
type JsonExpected = Parameters<ValidationMessages["json_unexpected_end"]>[0]["expected"];
type JsonType = Parameters<ValidationMessages["metadata_not_object"]>[0]["type"];

const STATUS: Readonly<Record<Status, string>> = {
  requested: "登録待ち",
  invited: "招待済み",
  active: "有効",
  archived: "アーカイブ済み",
  inactive: "無効",
};

/** What a person typed, in 「…」, cut by {@link quoteText} so that a pasted megabyte never fills the screen. */
const quote = (text: string, max?: number): string => quoteText(text, "「", "」", max);
/** A character as a message names it: in 「…」 when it can be seen, by its code point (`U+0009`) when not. */
const shown = (char: string): string => describeCharacter(char, "「", "」");

const EXPECTED: Readonly<Record<Exclude<JsonExpected, "value">, string>> = {
  propertyName: "二重引用符で囲まれたプロパティ名",
  colon: "「:」",
  commaOrBracket: "配列の項目の後に「,」または「]」",
  commaOrBrace: "プロパティの値の後に「,」または「}」",
};

function unexpected(expected: JsonExpected, found: string): string {
  if (expected === "value") return found === "" ? "テキストが途中で終わっています。値がありません。" : `予期しない${shown(found)}があります。値が必要です。`;
  return `${EXPECTED[expected]}が必要ですが、${found === "" ? "テキストが終わっています" : `${shown(found)}があります`}。`;
}

/** The alphabets `email_domain_mixed_script` names (in English, from the core), in Japanese. */
const SCRIPTS: Readonly<Record<string, string>> = { Latin: "ラテン", Cyrillic: "キリル", Greek: "ギリシャ", Armenian: "アルメニア", Cherokee: "チェロキー" };

type BulkField = Parameters<RosterMessages["bulkInvite"]["load"]["repeated_column"]>[0]["field"];

/** A column of the bulk invite file, by what it holds. */
const BULK_FIELD: Readonly<Record<BulkField, string>> = { name: "名前", email: "メールアドレス", role: "ロール", groups: "グループ", metadata: "メタデータ" };

const JSON_TYPE: Readonly<Record<JsonType, string>> = {
  null: "null",
  array: "配列",
  object: "オブジェクト",
  string: "文字列",
  number: "数値",
  boolean: "真偽値",
  other: "JSONで表せない値",
};

/** A part of the console by its name, as the error and loading messages say it. */
const CONSOLE_PART: Readonly<Record<ConsolePart, string>> = {
  "seat-count": "シート数",
  "scope-switcher": "ワークスペースの切り替え",
  invite: "招待フォーム",
  table: "メンバー一覧",
  details: "メンバーの詳細",
  confirm: "確認ダイアログ",
  activity: "アクティビティ",
  export: "CSV エクスポート",
  bulk: "一括操作",
  menu: "操作メニュー",
};

/** The status changes by name: the row menu's items and the confirm modal's buttons say the same. */
const STATUS_ACTIONS: RosterMessages["confirm"]["confirm"] = {
  archive: "ユーザーをアーカイブ",
  unarchive: "ユーザーのアーカイブを解除",
  archiveInstance: "インスタンスからアーカイブ",
  unarchiveInstance: "インスタンスでアーカイブを解除",
  deactivate: "無効化",
  reactivate: "再有効化",
};

/** The kit's columns by name: the table's headers and the export's choices say the same. */
const COLUMN_NAMES = {
  name: "名前",
  email: "メールアドレス",
  status: "ステータス",
  role: "ロール",
  groups: "グループ",
  invitedAt: "招待日",
  lastActiveAt: "最終アクティビティ",
} as const;

/** Japanese (日本語): every message of the kit, in the polite style of product UIs. */
export const ja: RosterLocale = {
  locale: "ja",
  messages: {
    status: {
      label: STATUS,
      description: {
        archive: {
          requested: "招待済みですが、まだアカウントがありません。登録を待っています。",
          invited: "招待済みです。承諾を待っています。",
          active: "アクセスできます。",
          archived: "アクセスできません。アーカイブを解除すると、新しい招待が送信されます。",
        },
        deactivate: {
          invited: "招待済みです。承諾を待っています。",
          active: "アクセスできます。",
          inactive: "ログインできず、割り当てもできません。再有効化するとすぐにアクセスが戻ります。",
        },
      },
    },
    actions: {
      ...STATUS_ACTIONS,
      menuLabel: ({ name }) => `${name}の操作`,
      resendInvitation: "招待を再送信",
      copyInvitationLink: "招待リンクをコピー",
      edit: "ロールとグループを編集",
      viewDetails: "詳細を表示",
      archiveRevokesHint: "保留中の招待は取り消されます。",
      invitationLinkField: ({ name }) => `${name}の招待リンク`,
      invitationFailed: ({ reason }) => `招待を処理できませんでした：${reason}`,
    },
    member: {
      you: "あなた",
      superAdmin: "特権管理者",
      unnamed: "（名前なし）",
      noGroups: "グループなし",
      moreGroups: ({ count }, f) => `他${f.count(count)}件`,
      groupsLabel: ({ name }) => `${name}のグループ`,
      neverActive: "なし",
    },
    confirm: {
      title: {
        archive: ({ name }) => `${name}をアーカイブしますか？`,
        unarchive: ({ name }) => `${name}のアーカイブを解除しますか？`,
        archiveInstance: ({ name }) => `${name}をインスタンス全体からアーカイブしますか？`,
        unarchiveInstance: ({ name }) => `インスタンスで${name}のアーカイブを解除しますか？`,
        deactivate: ({ name }) => `${name}を無効化しますか？`,
        reactivate: ({ name }) => `${name}を再有効化しますか？`,
      },
      confirm: STATUS_ACTIONS,
      pending: {
        archive: "アーカイブ中…",
        unarchive: "アーカイブを解除中…",
        archiveInstance: "アーカイブ中…",
        unarchiveInstance: "アーカイブを解除中…",
        deactivate: "無効化中…",
        reactivate: "再有効化中…",
      },
      cancel: "キャンセル",
      consequencesLabel: "この操作による影響",
      accessLostWorkspace: ({ name, workspace }) => `${name}は${workspace}にアクセスできなくなります。他のワークスペースには影響しません。`,
      accessLostInstance: ({ name }) =>
        `${name}はログインできなくなり、すべてのワークスペースにアクセスできなくなります。特権管理者がアーカイブを解除するまで、招待することはできません。`,
      accessLostDeactivate: ({ name }) => `${name}はログインできなくなり、通知も届かなくなります。新しいレコードに割り当てることもできなくなります。`,
      accessRestoredReactivate: ({ name }) => `${name}はすぐに再びログインできるようになります。ロールとグループは以前のまま引き継がれます。`,
      accessRestoredUnarchive: ({ name, workspace }) => `${name}は${workspace}に再度招待され、招待を承諾するとアクセスが戻ります。`,
      accessRestoredInstance: ({ name }) =>
        `${name}は再びログインでき、招待できるようになります。各ワークスペースのメンバーシップは、そのワークスペースの管理者がアーカイブを解除するまでアーカイブされたままです。`,
      workspacesAffected: ({ workspaces }, f) => `影響を受けるワークスペース：${f.list(workspaces)}`,
      invitationRevoked: "保留中の招待リンクは使用できなくなります。",
      emailSent: ({ email }) => `${email}に招待メールが送信されます。`,
      noEmailSent: "メールは送信されません。",
      seatChange: ({ before, after, workspace }, f) =>
        `${workspace === undefined ? "課金対象シート数" : `${workspace}の課金対象シート数`}：${f.count(before)} → ${f.count(after)}`,
      seatDelta: ({ delta, workspace }, f) =>
        `${workspace === undefined ? "" : `${workspace}の`}課金対象シート数が${f.count(Math.abs(delta))}${delta < 0 ? "減ります" : "増えます"}。`,
      seatUnchanged: "課金対象シート数は変わりません。",
      instanceUnarchived: ({ name }) => `${name}はインスタンスレベルでもアーカイブが解除され、再びログインできるようになります。`,
      nothingDeleted: "このユーザーが作成したものは削除されません。",
      conflict: ({ name }) => `このダイアログを開いている間に、${name}は他のユーザーによって変更されました。変更は適用されていません。現在の状態を確認してください。`,
      failed: ({ name, reason }) => `${name}を変更できませんでした：${reason}`,
      retry: "再試行",
      close: "閉じる",
      startAgain: "最初からやり直す",
      currentStatus: "現在のステータス",
      currentRole: "現在のロール",
    },
    invite: {
      openButton: "メンバーを招待",
      title: "メンバーを招待",
      description: ({ workspace }) => `招待する各ユーザーに、${workspace}への招待メールが送信されます。`,
      inviteeLegend: ({ index }, f) => `${f.count(index)}人目`,
      nameLabel: "名前",
      emailLabel: "メールアドレス",
      roleLabel: "ロール",
      rolePlaceholder: "ロールを選択",
      groupsLabel: "グループ",
      groupsHint: "グループはいくつでも選択できます。",
      metadataLabel: "メタデータ（JSON）",
      metadataHint: '{"team": "design"} のようなJSONオブジェクトです。',
      optional: "任意",
      required: "必須",
      addInvitee: "招待する人を追加",
      removeInvitee: ({ index }, f) => `${f.count(index)}人目を削除`,
      submit: ({ count }, f) => f.plural(count, { "=1": "招待を送信", other: "#件の招待を送信" }),
      submitting: "送信中…",
      cancel: "キャンセル",
      close: "閉じる",
      metadataPosition: ({ message, line, column }, f) => `${f.count(line)}行目、${f.count(column)}列目：${message}`,
      duplicate: ({ email, status }) => `${email}はこのワークスペースですでに「${status}」のメンバーです。`,
      offerUnarchive: ({ email }) => `${email}はこのワークスペースでアーカイブされています。代わりにアーカイブを解除しますか？`,
      offerReactivate: ({ email }) => `${email}はこのワークスペースで無効化されています。代わりに再有効化しますか？`,
      archivedInInstance: ({ email }) => `${email}はインスタンスレベルでアーカイブされています。先に特権管理者がアーカイブを解除する必要があります。`,
      fieldRefused: "サーバーがこの値を受け付けませんでした。値を確認して、もう一度お試しください。",
      errorSummary: ({ count }, f) => f.plural(count, { other: "続行するには#件のエラーを修正してください。" }),
      errorSummaryEntry: ({ field, person, people, error }, f) => (people === 1 ? `${field}：${error}` : `${f.count(person)}人目の${field}：${error}`),
      resultsTitle: "招待結果",
      resultInvited: ({ email }) => `${email}：招待しました。`,
      resultRequested: ({ email }) => `${email}：登録待ちです。アカウントの作成が案内されます。`,
      resultFailed: ({ email, reason }) => `${email}：招待できませんでした。${reason}`,
      resultSummary: ({ sent, failed }, f) =>
        failed === 0
          ? f.plural(sent, { other: "#件の招待を送信しました。" })
          : `${f.plural(sent, { other: "#件の招待を送信し" })}、${f.plural(failed, { other: "#件が失敗しました。" })}`,
      copyLink: ({ email }) => `${email}の招待リンクをコピー`,
      inviteMore: "さらに招待",
      retryFailed: "失敗した招待を編集して再試行",
      unarchiveInstead: "代わりにアーカイブを解除",
      reactivateInstead: "代わりに再有効化",
      invitationLinkLabel: ({ email }) => `${email}の招待リンク`,
      copied: "コピーしました",
      emailConverted: ({ typed, stored, email }) =>
        `ドメイン「${typed}」は、メールシステムが国際化ドメインに使用する形式「${stored}」で保存されます。招待は${email}に送信されます。`,
      requestFailed: ({ reason }) => `何も送信されませんでした：${reason}入力した内容はすべて保持されています。`,
      retry: "再試行",
      noGroups: "このワークスペースにはグループがありません。",
    },
    bulkInvite: {
      modeLabel: "招待方法",
      modeSingle: "1人ずつ",
      modeBulk: "リストまたはCSVから",
      fileLabel: "CSVファイル",
      fileHint: ({ limit }, f) =>
        `1行目は見出し行にし、2行目以降に1行につき1人ずつ、name（名前）、email（メールアドレス）、role（ロール）、groups（グループ。; または | で区切る）、metadata（JSON）を記載します。最大${f.count(limit)}人まで招待できます。`,
      template: "CSVテンプレートをダウンロード",
      pasteLabel: "またはメールアドレスを貼り付け",
      pasteHint: "1行に1つ、またはカンマ区切りで入力します（例：ada@example.com、Ada Lovelace <ada@example.com>）。スプレッドシートからコピーした表も使用できます。",
      addPasted: "リストに追加",
      defaultRoleLabel: "ロールが指定されていない行のロール",
      reading: "ファイルを読み込み中…",
      loading: "読み込み中…",
      load: {
        empty: () => "招待する人が含まれていません。見出し行の下に、1行につき1人ずつ追加してください。",
        no_email_column: ({ columns }, f) =>
          `メールアドレスの列がありません。1行目で列名（name、email、role、groups、metadata）を指定する必要があります。現在の1行目：${columns.length === 0 ? "（なし）" : f.list(columns)}`,
        repeated_column: ({ field, columns }, f) => `${f.list(columns)}の列はすべて${BULK_FIELD[field]}を表しています。1つだけ残してください。`,
        too_many_rows: ({ limit, count }, f) =>
          `一度に招待できるのは最大${f.count(limit)}人です。${count === null ? "このファイルはそれを超えています" : `このファイルには${f.count(count)}人含まれています`}。小さいファイルに分割してください。`,
        unclosed_quote: ({ row }, f) => `${f.count(row)}行目で引用符で囲まれたフィールドが閉じられていないため、以降を読み込めません。引用符を閉じてください。`,
        not_text: () => "テキストファイルではありません。スプレッドシートをCSV（UTF-8）形式で保存し、そのファイルを選択してください。",
      },
      loadRefused: ({ reason }) => `何も追加されませんでした：${reason}リストにすでにある行は保持されています。`,
      ignoredColumns: ({ columns }, f) => `無視された列：${f.list(columns)}`,
      previewTitle: "招待する人",
      previewSummary: ({ total, invited, ready, invalid }, f) =>
        `合計${f.count(total)}人：${invited > 0 ? `招待済み${f.count(invited)}人、` : ""}準備完了${f.count(ready)}人、要修正${f.count(invalid)}人`,
      rowColumn: "行",
      statusColumn: "ステータス",
      fieldLabel: ({ field, row }, f) => `${f.count(row)}行目の${field}`,
      removeRow: ({ row }, f) => `${f.count(row)}行目を削除`,
      removeInvalid: ({ count }, f) => f.plural(count, { "=1": "問題のある行を削除", other: "問題のある#行を削除" }),
      onlyToFix: "修正が必要な行のみ表示",
      duplicateInFile: ({ row }, f) => `${f.count(row)}行目と同じメールアドレスです。`,
      outcome: { ready: "準備完了", invalid: "要修正", queued: "待機中", sending: "送信中", invited: "招待済み", refused: "未招待", failed: "未送信" },
      notSent: ({ reason }) => `送信されませんでした：${reason}再試行すると、もう一度送信します。`,
      send: ({ count }, f) => f.plural(count, { other: "#件の招待を送信" }),
      nothingToSend: "送信するには、問題のある行を修正または削除してください。",
      progressLabel: "招待を送信中",
      progress: ({ done, total }, f) => `${f.count(total)}件中${f.count(done)}件を送信済み`,
      cancel: "このバッチの後で停止",
      cancelling: "このバッチの後で停止しています…",
      resultSummary: ({ invited, notInvited }, f) =>
        notInvited === 0
          ? f.plural(invited, { other: "#件の招待を送信しました。" })
          : `${f.plural(invited, { other: "#件の招待を送信しました。" })}${f.plural(notInvited, { other: "#人は招待されませんでした。該当する行を修正して、再試行してください。" })}`,
      retryFailed: ({ count }, f) => f.plural(count, { other: "#行を再試行" }),
      startOver: "最初からやり直す",
    },
    memberEdit: {
      title: ({ name }) => `${name}のロールとグループを編集`,
      roleLabel: "ロール",
      groupsLabel: "グループ",
      save: "変更を保存",
      saving: "保存中…",
      cancel: "キャンセル",
      conflict: ({ name }) => `${name}は他のユーザーによって変更されました。現在のロールとグループを表示しています。確認してから、もう一度保存してください。`,
      failed: ({ reason }) => `保存されませんでした：${reason}選択した内容は保持されています。`,
      retry: "再試行",
      startAgain: "現在の値を編集",
      currentValues: "現在の値",
      noGroups: "このワークスペースにはグループがありません。",
    },
    table: {
      workspaceCaption: ({ workspace }) => `${workspace}のメンバー`,
      instanceCaption: "すべてのユーザー",
      columns: {
        ...COLUMN_NAMES,
        workspaces: "ワークスペース",
        actions: "操作",
      },
      sortBy: ({ column }) => `${column}で並べ替え`,
      sortedAscending: "昇順で並べ替え済み",
      sortedDescending: "降順で並べ替え済み",
      searchLabel: "メンバーを検索",
      searchPlaceholder: "名前またはメールアドレスで検索",
      clearSearch: "検索をクリア",
      statusFilterLabel: "ステータス",
      roleFilterLabel: "ロール",
      allStatuses: "すべてのステータス",
      allRoles: "すべてのロール",
      clearFilters: "フィルタをクリア",
      loading: "メンバーを読み込んでいます…",
      empty: "メンバーはまだいません",
      emptyHint: "メンバーを招待して、アクセス権を付与してください。",
      noMatches: "一致するメンバーはいません",
      noMatchesHint: "別のキーワードで検索するか、フィルタをクリアしてください。",
      errorTitle: "メンバーを読み込めませんでした",
      retry: "再試行",
      scrollHint: "横にスクロールすると、すべての列を表示できます。",
      paginationLabel: "ページ移動",
      pageRange: ({ from, to, total }, f) =>
        total === null ? `${f.count(from)}～${f.count(to)}件` : `${f.count(total)}件中${f.count(from)}～${f.count(to)}件`,
      pageOf: ({ page, pages }, f) => `${f.count(pages)}ページ中${f.count(page)}ページ目`,
      previousPage: "前のページ",
      nextPage: "次のページ",
      firstPage: "最初のページ",
      lastPage: "最後のページ",
      pageSize: "1ページあたりの行数",
      billableSeats: ({ count }, f) => f.plural(count, { other: "課金対象シート数：#" }),
      memberCount: ({ count }, f) => f.plural(count, { "=0": "メンバーなし", other: "メンバー#人" }),
      selectRow: ({ name }) => `${name}を選択`,
      selectPage: "このページのメンバーをすべて選択",
      selectedCount: ({ count }, f) => f.plural(count, { other: "#人を選択中" }),
      clearSelection: "選択を解除",
      selectionToggle: "選択",
      selectionOn: "選択モード オン：各行にチェックボックスが表示されます。",
      selectionOff: "選択モード オフ。",
      bulkArchive: "選択したメンバーをアーカイブ",
      bulkDeactivate: "選択したメンバーを無効化",
      bulkTitle: ({ count, action }, f) =>
        f.plural(count, action === "archive" ? { other: "#人のメンバーをアーカイブしますか？" } : { other: "#人のメンバーを無効化しますか？" }),
      bulkDescription: ({ action }) =>
        `${action === "archive" ? "アーカイブされたメンバーはこのワークスペースにアクセスできなくなり、保留中の招待も使用できなくなります。" : "無効化されたメンバーはログインできなくなります。"}各メンバーは個別に変更されます。変更できないメンバーはスキップされ、すべての結果が一覧表示されます。削除されるものはありません。`,
      bulkConfirm: ({ count, action }, f) =>
        f.plural(count, action === "archive" ? { other: "#人のメンバーをアーカイブ" } : { other: "#人のメンバーを無効化" }),
      bulkApplying: "適用中…",
      bulkResultsLabel: "結果",
      bulkSucceeded: ({ name, status }) => `${name}：「${status}」になりました。`,
      bulkRefused: ({ name, reason }) => `${name}：変更されませんでした。${reason}`,
      bulkFailed: ({ name, reason }) => `${name}：失敗しました。${reason}`,
      bulkWaiting: ({ name }) => `${name}：待機中…`,
      bulkSummary: ({ succeeded, refused, failed }, f) =>
        [
          `変更済み：${f.count(succeeded)}人`,
          ...(refused > 0 ? [`拒否：${f.count(refused)}人`] : []),
          ...(failed > 0 ? [`失敗：${f.count(failed)}人`] : []),
        ].join("、"),
      close: "閉じる",
      unsupported: ({ feature }) =>
        `サーバーが${{ search: "検索", filterByStatus: "ステータスによる絞り込み", filterByRole: "ロールによる絞り込み", filterByMetadata: "この項目による絞り込み", sort: "この列での並べ替え", page: "このページへの移動" }[feature]}に対応していません。表示中のページだけを絞り込むと、一部のメンバーが表示されなくなります。`,
      membershipCount: ({ count }, f) => f.plural(count, { "=0": "ワークスペースなし", other: "ワークスペース#件" }),
      noMetadataValue: "未設定",
      anyValue: "すべての値",
    },
    export: {
      trigger: "CSVをエクスポート",
      title: "メンバーをCSVでエクスポート",
      description: ({ filtered }) =>
        `${filtered ? "現在の検索とフィルタに一致するすべてのメンバー" : "このリストのすべてのメンバー"}を、現在の並び順で、全ページ分エクスポートします。`,
      columnsLegend: "列",
      columns: {
        ...COLUMN_NAMES,
        metadata: "すべてのメタデータ（JSON）",
      },
      noColumns: "列を1つ以上選択してください。",
      submit: "エクスポート",
      cancel: "キャンセル",
      progress: ({ count }, f) => f.plural(count, { "=0": "エクスポート中…", other: "エクスポート中…（#人のメンバーを処理済み）" }),
      stop: "エクスポートを停止",
      done: ({ count, fileName }, f) =>
        `${fileName}に${f.plural(count, { "=0": "エクスポートされたメンバーはいません。", other: "#人のメンバーをエクスポートしました。" })}`,
      failed: ({ reason }) => `エクスポートに失敗しました：${reason}選択内容は保持されています。もう一度お試しください。`,
      retry: "再試行",
      close: "閉じる",
    },
    details: {
      title: ({ name }) => `${name}の詳細`,
      close: "詳細を閉じる",
      status: "ステータス",
      email: "メールアドレス",
      role: "ロール",
      groups: "グループ",
      workspaces: "ワークスペース",
      metadata: "メタデータ",
      noMetadata: "なし",
      invitedAt: "招待日",
      lastActiveAt: "最終アクティビティ",
      actions: "操作",
      loading: "メンバーを読み込んでいます…",
      otherWorkspaces: "他のワークスペース",
    },
    activity: {
      timelineTitle: "履歴",
      logTitle: "アクティビティ",
      showLog: "アクティビティ",
      showMembers: "メンバー",
      viewsLabel: "表示",
      byline: {
        invite: ({ actor }) => `${actor}が招待`,
        acceptInvitation: ({ actor, self }) => (self ? "招待を承諾" : `${actor}が招待を承諾`),
        resendInvitation: ({ actor }) => `${actor}が招待を再送信`,
        revokeInvitation: ({ actor }) => `${actor}が招待を取り消し`,
        archive: ({ actor }) => `${actor}がアーカイブ`,
        unarchive: ({ actor }) => `${actor}がアーカイブを解除`,
        deactivate: ({ actor }) => `${actor}が無効化`,
        reactivate: ({ actor }) => `${actor}が再有効化`,
        changeRole: ({ actor }) => `${actor}がロールを変更`,
        changeGroups: ({ actor, self }) => (self ? "自分のグループを変更" : `${actor}がグループを変更`),
        updateMember: ({ actor, self }) => (self ? "自分の詳細を更新" : `${actor}が更新`),
      },
      sentence: {
        invite: ({ actor, target }) => `${actor}が${target}を招待しました`,
        acceptInvitation: ({ target }) => `${target}が招待を承諾しました`,
        resendInvitation: ({ actor, target }) => `${actor}が${target}に招待を再送信しました`,
        revokeInvitation: ({ actor, target }) => `${actor}が${target}への招待を取り消しました`,
        archive: ({ actor, target }) => `${actor}が${target}をアーカイブしました`,
        unarchive: ({ actor, target }) => `${actor}が${target}のアーカイブを解除しました`,
        deactivate: ({ actor, target }) => `${actor}が${target}を無効化しました`,
        reactivate: ({ actor, target }) => `${actor}が${target}を再有効化しました`,
        changeRole: ({ actor, target }) => `${actor}が${target}のロールを変更しました`,
        changeGroups: ({ actor, target, self }) => (self ? `${target}が自分のグループを変更しました` : `${actor}が${target}のグループを変更しました`),
        updateMember: ({ actor, target, self }) => (self ? `${target}が自分の詳細を更新しました` : `${actor}が${target}を更新しました`),
      },
      instanceLevel: "すべてのワークスペース",
      when: ({ date, relative }) => `${date}（${relative}）`,
      statusChange: ({ before, after }) => (before === null ? `ステータス：${after}` : `ステータス：${before} → ${after}`),
      roleChange: ({ before, after }) => (before === null ? `ロール：${after}` : `ロール：${before} → ${after}`),
      groupsAdded: ({ groups }, f) => `${f.list(groups)}に追加`,
      groupsRemoved: ({ groups }, f) => `${f.list(groups)}から削除`,
      someone: "不明なユーザー",
      actionFilter: "操作",
      allActions: "すべての操作",
      actionName: {
        invite: "招待",
        acceptInvitation: "招待の承諾",
        resendInvitation: "招待の再送信",
        revokeInvitation: "招待の取り消し",
        archive: "アーカイブ",
        unarchive: "アーカイブ解除",
        deactivate: "無効化",
        reactivate: "再有効化",
        changeRole: "ロールの変更",
        changeGroups: "グループの変更",
        updateMember: "更新",
      },
      personFilter: "ユーザー",
      personHint: "履歴に含まれる名前またはメールアドレス。",
      personRole: "関わり方",
      personAsActor: "変更した人",
      personAsTarget: "変更された人",
      personUnknown: ({ text }) => `「${text}」に一致するユーザーは履歴にいません。リストから名前を選択するか、入力欄をクリアしてください。`,
      applyFilters: "絞り込む",
      clearFilters: "フィルタをクリア",
      filtersLabel: "アクティビティの絞り込み",
      loading: "アクティビティを読み込んでいます…",
      loadMore: "さらに読み込む",
      loadingMore: "さらに読み込んでいます…",
      emptyTimeline: "変更はまだ記録されていません。",
      emptyLog: "アクティビティはまだ記録されていません。",
      emptyFiltered: "フィルタに一致するアクティビティはありません。",
      end: "履歴は以上です。",
      failed: ({ reason }) => `アクティビティを読み込めませんでした。${reason}`,
      retry: "再試行",
      loaded: ({ count, more }, f) =>
        `${f.plural(count, { "=0": "表示中のイベントはありません。", other: "#件のイベントを表示しています。" })}${more ? "さらに古いイベントを読み込めます。" : ""}`,
    },
    announcements: {
      statusChanged: ({ name, status }) => `${name}は「${status}」になりました。`,
      statusChangeFailed: ({ name, reason }) => `${name}を変更できませんでした：${reason}`,
      statusConflict: ({ name, status }) =>
        `${name}は変更されませんでした。先に他のユーザーが変更しています。${status === null ? "" : `現在は「${status}」です。`}現在の状態を確認してください。`,
      invitationsSent: ({ count }, f) => f.plural(count, { other: "#件の招待を送信しました。" }),
      invitationResent: ({ email }) => `${email}に招待を再送信しました。`,
      linkCopied: "招待リンクをコピーしました。",
      linkCopyFailed: "招待リンクをコピーできませんでした。",
      memberUpdated: ({ name }) => `${name}を更新しました。`,
      listLoaded: ({ count, total }, f) =>
        total === null
          ? f.plural(count, { "=0": "表示中のメンバーはいません。", other: "#人のメンバーを表示しています。" })
          : f.plural(total, { "=0": "メンバーが見つかりませんでした。", other: "#人のメンバーが見つかりました。" }),
      sortChanged: ({ column, direction }) => `${column}の${direction === "asc" ? "昇順" : "降順"}で並べ替えました。`,
    },
    errors: {
      forbidden: "この操作を行う権限がありません。",
      not_found: "このメンバーは存在しません。",
      conflict: "このメンバーは他のユーザーによって変更されました。現在の状態を確認してから、もう一度お試しください。",
      validation: "確認が必要な項目があります。",
      last_admin: "この操作を行うと、ワークスペースに有効な管理者がいなくなります。",
      archived_in_instance: "このユーザーはインスタンスレベルでアーカイブされています。先に特権管理者がアーカイブを解除する必要があります。",
      duplicate: "このユーザーはすでにワークスペースのメンバーです。",
      invalid_transition: "この操作は、メンバーの現在のステータスには適用できません。",
      rate_limited: "リクエストが多すぎます。しばらく待ってから、もう一度お試しください。",
      idempotency_mismatch: "このリクエストは、以前に送信された別のリクエストと重複するため拒否されました。変更は行われていません。もう一度お試しください。",
      limit_exceeded: "リクエストが大きすぎます。一度に送信する人数やデータ量を減らしてください。",
      network: "サーバーに接続できませんでした。接続を確認して、もう一度お試しください。",
      timeout: "サーバーから時間内に応答がありませんでした。接続を確認して、もう一度お試しください。",
      unknown: "問題が発生しました。もう一度お試しください。",
    },
    denials: {
      "R1.notMember": () => "メンバー一覧を表示できるのは、このワークスペースのメンバーだけです。",
      "R1.notAdmin": ({ verb }) =>
        `${{ invite: "メンバーを招待", archive: "メンバーをアーカイブ", unarchive: "メンバーのアーカイブを解除", deactivate: "メンバーを無効化", reactivate: "メンバーを再有効化", edit: "メンバーを編集" }[verb]}できるのは、このワークスペースの管理者だけです。`,
      "R1.activityAdminsOnly": () => "アクティビティを表示できるのは、このワークスペースの管理者だけです。",
      "R2.notSuperAdmin": ({ verb }) =>
        `${{ archiveInstance: "インスタンスレベルでアーカイブ", unarchiveInstance: "インスタンスレベルでアーカイブを解除", viewInstanceUsers: "インスタンスの「すべてのユーザー」を表示", viewInstanceActivity: "インスタンス全体のアクティビティを表示" }[verb]}できるのは、特権管理者だけです。`,
      "R2.instanceArchived": ({ name }) => `${name}はインスタンスレベルでアーカイブされています。アーカイブを解除できるのは特権管理者だけです。`,
      "R2.instanceScope": () => "インスタンスレベルでは、ユーザーのアーカイブとアーカイブ解除のみ行えます。その他の操作は、ワークスペースを開いて行ってください。",
      "R4.self": () => "自分自身のステータスは変更できません。自分をロックアウトしないよう、他の管理者に依頼してください。",
      "R4.superAdmin": ({ part }) => `特権管理者の${{ status: "ステータス", role: "ロール", groups: "グループ" }[part]}を変更できるのは、特権管理者だけです。`,
      "R5.unknownRole": ({ role }) => `「${role}」はこのワークスペースのロールではありません。`,
      "R5.noWorkspace": () => "メンバーはワークスペースに招待します。招待先のワークスペースを選択してください。",
      "R5.nothingToChange": ({ name }) => `${name}に変更する内容がありません。新しいロール、新しいグループ、またはその両方を指定してください。`,
      "R5.unknownGroups": ({ workspaceName, groups }, f) =>
        `${workspaceName}にはグループ${f.list(groups.map((group) => `「${group}」`))}がありません。このワークスペースのグループを選択してください。`,
      "R7.alreadyMember": ({ email, status }) => `${email}はこのワークスペースですでに「${STATUS[status]}」のメンバーです。`,
      "R7.restoreInstead": ({ email, status, offer }) =>
        `${email}はこのワークスペースで「${STATUS[status]}」です。再度招待する代わりに、${offer === "unarchive" ? "アーカイブを解除" : "再有効化"}してください。`,
      "R8.archivedInInstance": ({ email }) => `${email}はインスタンスレベルでアーカイブされているため、招待できません。先に特権管理者がアーカイブを解除する必要があります。`,
      "R10.noPendingInvitation": ({ name, verb }) => `${name}には${verb === "resendInvitation" ? "再送信できる" : ""}保留中の招待がありません。`,
      "R10.cloudLinks": () => "招待リンクをコピーできるのは、セルフホスト環境だけです。クラウドでは招待はメールで送信されます。",
      "R11.alreadyArchived": ({ name }) => `${name}はこのワークスペースですでにアーカイブされています。`,
      "R12.alreadyArchived": ({ name }) => `${name}はインスタンスレベルですでにアーカイブされています。`,
      "R12.accountArchived": () => "このアカウントはアーカイブされています。特権管理者にアーカイブの解除を依頼してください。",
      "R13.notArchived": ({ name, status }) =>
        `インスタンスレベルでアーカイブを解除できるのは、インスタンスレベルでアーカイブされたユーザーだけです。${name}は「${STATUS[status]}」です。`,
      "R14.notArchived": ({ name, status }) => `アーカイブを解除できるのは、アーカイブ済みのメンバーだけです。${name}は「${STATUS[status]}」です。`,
      "R15.lastAdmin": ({ name, verb, workspaceNames, count }, f) =>
        `${name}は${f.list(workspaceNames)}の最後の有効な管理者です。${{ archive: "アーカイブする", archiveInstance: "インスタンスレベルでアーカイブする", deactivate: "無効化する", changeRole: "管理者ロールを外す" }[verb]}と、${f.plural(count, { "=1": "このワークスペース", other: "これらのワークスペース" })}に管理者がいなくなります。先に他のメンバーを管理者にしてください。`,
      "R17.notActive": ({ name, status }) => `無効化できるのは、有効なメンバーだけです。${name}は「${STATUS[status]}」です。`,
      "R18.notInactive": ({ name, status }) => `再有効化できるのは、無効なメンバーだけです。${name}は「${STATUS[status]}」です。`,
      "R24.otherLifecycle": ({ verb, lifecycle }) =>
        `ここでは${{ archive: "メンバーをアーカイブ", unarchive: "メンバーのアーカイブを解除", deactivate: "メンバーを無効化", reactivate: "メンバーを再有効化" }[verb]}できません。このワークスペースでは、代わりにメンバーの${lifecycle === "archive" ? "アーカイブとアーカイブ解除" : "無効化と再有効化"}を行います。`,
      "R24.notActive": ({ name, status, part }) =>
        `${part === "role" ? "ロール" : "グループ"}を変更できるのは、有効なメンバーだけです。${name}は「${STATUS[status]}」です。`,
      "R27.notPending": () => "この招待はすでに保留中ではありません。",
    },
    validation: {
      name_required: () => "名前を入力してください。",
      name_too_long: ({ length, limit }, f) => `名前は${f.count(limit)}文字以内で入力してください（現在${f.count(length)}文字）。`,
      name_malformed_unicode: () => "名前に壊れた文字（絵文字や記号の一部）が含まれています。入力し直してください。",
      name_control_character: ({ codePoint }) => `名前にタブ、改行、NULなどの制御文字は使用できません（ここでは${codePoint}）。`,
      name_bidi_control: ({ codePoint }) =>
        `名前にテキストの方向を反転または分離する文字は使用できません（ここでは${codePoint}）。保存される内容と異なって読める原因になります。`,
      name_invisible: () => "名前に表示される文字がありません。名前を入力してください。",
      name_invisible_character: ({ codePoint }) => `名前に見えない文字（${codePoint}）が含まれています。貼り付けずに、入力し直してください。`,
      email_required: () => "メールアドレスを入力してください。",
      email_too_long: ({ length, limit }, f) => `メールアドレスは${f.count(limit)}文字以内で入力してください（現在${f.count(length)}文字）。`,
      email_malformed_unicode: () => "メールアドレスに壊れた文字（絵文字や記号の一部）が含まれています。入力し直してください。",
      email_whitespace: () => "メールアドレスにスペース、タブ、改行は使用できません。",
      email_invisible_character: ({ codePoint }) =>
        `メールアドレスに見えない文字または制御文字（${codePoint}）が含まれています。貼り付けずに、入力し直してください。`,
      email_lookalike_at: ({ email, character }) =>
        `${quote(email)}で使われている「${character}」は「@」に似ていますが、別の文字です。「@」を入力し直してください。`,
      email_missing_at: ({ email }) => `${quote(email)}に「@」がありません。`,
      email_local_missing: () => "「@」の前の部分を入力してください。",
      email_domain_missing: () => "「@」の後にドメイン（example.comなど）を入力してください。",
      email_local_too_long: ({ length, limit }, f) => `「@」の前の部分は${f.count(limit)}文字以内にしてください（現在${f.count(length)}文字）。`,
      email_local_invalid_character: ({ character }) =>
        `「@」の前の部分に使用できない文字「${character}」が含まれています。半角英字（A～Z）、数字、および . _ + - などの記号を使用してください。`,
      email_local_dots: () => "「@」の前の部分は、ドットで始めたり終えたりすることはできず、ドットを2つ続けることもできません。",
      email_domain_invalid: ({ domain, character }) =>
        character === undefined
          ? `ドメイン${quote(domain)}は有効なドメイン名ではありません。`
          : `ドメイン${quote(domain)}に、ドメイン名に使用できない文字「${character}」が含まれています。`,
      email_domain_mixed_script: ({ domain, label, scripts }, f) =>
        `ドメイン${quote(domain)}の${quote(label)}に${f.list(scripts.map((script) => SCRIPTS[script] ?? script))}の文字が混在しています。これは別のドメインを装うためによく使われる手口です。1種類の文字体系で入力してください。`,
      email_domain_numeric: ({ domain }) =>
        `ドメイン${quote(domain)}が数字で終わっています。メールアドレスには、IPアドレスではなくexample.comのようなドメイン名が必要です。`,
      email_domain_no_dot: ({ domain }) => `ドメイン${quote(domain)}にはドットが必要です（例：example.com）。`,
      email_label_too_long: ({ label, length, limit }, f) =>
        `ドメインのドットで区切られた各部分は${f.count(limit)}文字以内にしてください。${quote(label)}は${f.count(length)}文字です。`,
      role_required: () => "ロールを選択してください。",
      role_unknown: ({ role, roles }, f) => `${quote(role)}はここでは有効なロールではありません。${f.list(roles)}のいずれかを選択してください。`,
      groups_invalid: () => "グループはグループIDのリストで指定してください。",
      groups_unknown: ({ groups }, f) => `不明なグループ：${f.list(groups)}`,
      metadata_too_large: (params, f) =>
        "bytes" in params
          ? `メタデータは${f.count(params.bytes)}バイトです。上限は${f.count(params.limit)}バイトです。`
          : `メタデータが${f.count(params.length)}文字あり、上限の${f.count(params.limit)}バイトを超えるため読み込まれませんでした。一部を削除してください。`,
      metadata_not_object: ({ type }) => `メタデータは{"team": "design"}のようなJSONオブジェクトにしてください。${JSON_TYPE[type]}は使用できません。`,
      metadata_not_flat: ({ key, type }) =>
        `メタデータは入れ子にできません。${quote(key)}の値が${JSON_TYPE[type]}です。文字列、数値、真偽値、nullのいずれかを使用してください。`,
      metadata_number_out_of_range: ({ key }) => `メタデータの数値${quote(key)}は大きすぎて保存できません。文字列として入力してください。`,
      metadata_malformed_unicode: ({ key }) => `メタデータの項目${quote(key)}に、保存できない壊れた文字（絵文字や記号の一部）が含まれています。`,
      metadata_nul_character: ({ key }) => `メタデータの項目${quote(key)}に、データベースに保存できないNUL文字（\\u0000）が含まれています。削除してください。`,
      json_unexpected_end: ({ expected }) => unexpected(expected, ""),
      json_unexpected_character: ({ expected, found }) => unexpected(expected, found),
      json_trailing_content: ({ found }) => `JSONの値の終わりの後に、予期しない${shown(found)}があります。`,
      json_unterminated_string: () => "文字列が閉じられていません。閉じる二重引用符がありません。",
      json_control_character: ({ codePoint }) => `文字列内の制御文字${codePoint}はエスケープする必要があります。`,
      json_invalid_escape: ({ escape }) =>
        `文字列内のエスケープ「${escape}」は無効です。${escape.startsWith("\\u") ? "\\uの後には16進数を4桁指定してください。" : ""}`,
      json_duplicate_key: ({ key }) => `キー${quote(key, 40)}が同じオブジェクト内に2回出現しています。各キーは1回しか使用できません。`,
      json_forbidden_key: ({ key }) => `キー${quote(key, 40)}は使用できません。`,
      json_too_deep: ({ limit }, f) => `JSONのオブジェクトと配列の入れ子が、上限の${f.count(limit)}階層を超えています。`,
      json_too_long: ({ length, limit }, f) => `テキストが${f.count(length)}文字あります。上限は${f.count(limit)}文字です。`,
      json_not_text: ({ type }) => `JSONテキストが必要ですが、${type}が渡されました。`,
    },
    console: {
      allUsers: "すべてのユーザー",
      scopeLabel: "ワークスペース",
      loadingTitle: "読み込み中…",
      seatCountHint: "有効、招待済み、登録待ちのメンバーは課金対象としてカウントされます。アーカイブ済みと無効のメンバーはカウントされません。",
      partFailed: ({ part }) =>
        `エラーのため、${CONSOLE_PART[part]}を表示できませんでした。ページの他の部分は引き続き使用できます。${part === "invite" ? "入力した内容は失われていません。" : ""}`,
      partRetry: "再試行",
      partClose: "閉じる",
      partLoading: ({ part }) =>
        part === "invite" ? "招待フォームを開いています…" : `${CONSOLE_PART[part]}を読み込み中…`,
    },
  },
};
