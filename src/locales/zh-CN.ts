import type { RosterLocale, RosterMessages, ValidationMessages } from "../react/messages";

type Status = keyof RosterMessages["status"]["label"];
type JsonExpected = Parameters<ValidationMessages["json_unexpected_end"]>[0]["expected"];
type JsonType = Parameters<ValidationMessages["metadata_not_object"]>[0]["type"];

const STATUS: Readonly<Record<Status, string>> = {
  requested: "待注册",
  invited: "已邀请",
  active: "有效",
  archived: "已归档",
  inactive: "已停用",
};

/** Typed text in “”, cut to `max` characters so a pasted megabyte never fills the screen. */
function quote(text: string, max = 60): string {
  return `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;
}

/** A character as a JSON error names it: quoted when printable, by its code point when not. */
function shown(char: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? quote(char) : `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

const EXPECTED: Readonly<Record<Exclude<JsonExpected, "value">, string>> = {
  propertyName: "此处应为用双引号括起的属性名",
  colon: "此处应为“:”",
  commaOrBracket: "数组项后应为“,”或“]”",
  commaOrBrace: "属性值后应为“,”或“}”",
};

function unexpected(expected: JsonExpected, found: string): string {
  if (expected === "value") return found === "" ? "文本意外结束：缺少值。" : `意外的 ${shown(found)}：此处应为值。`;
  return `${EXPECTED[expected]}，但${found === "" ? "文本已结束" : `遇到了 ${shown(found)}`}。`;
}

/** The alphabets `email_domain_mixed_script` names (in English, from the core), in Chinese. */
const SCRIPTS: Readonly<Record<string, string>> = { Latin: "拉丁", Cyrillic: "西里尔", Greek: "希腊", Armenian: "亚美尼亚", Cherokee: "切罗基" };

const JSON_TYPE: Readonly<Record<JsonType, string>> = {
  null: "空值（null）",
  array: "数组",
  object: "对象",
  string: "字符串",
  number: "数字",
  boolean: "布尔值",
  other: "JSON 无法表示的值",
};

/** Simplified Chinese (简体中文): every message of the kit, with full-width punctuation in sentences. */
export const zhCN: RosterLocale = {
  locale: "zh-CN",
  messages: {
    status: {
      label: STATUS,
      description: {
        archive: {
          requested: "已邀请，但尚未注册账号；正在等待其注册。",
          invited: "已邀请；正在等待其接受。",
          active: "拥有访问权限。",
          archived: "无访问权限。取消归档后将发送新的邀请。",
        },
        deactivate: {
          invited: "已邀请；正在等待其接受。",
          active: "拥有访问权限。",
          inactive: "无法登录，也无法被指派。重新启用后将立即恢复访问权限。",
        },
      },
    },
    actions: {
      menuLabel: ({ name }) => `${name} 的操作`,
      archive: "归档用户",
      unarchive: "取消归档用户",
      archiveInstance: "从实例中归档",
      unarchiveInstance: "在实例中取消归档",
      deactivate: "停用",
      reactivate: "重新启用",
      resendInvitation: "重新发送邀请",
      copyInvitationLink: "复制邀请链接",
      edit: "编辑角色和群组",
      viewDetails: "查看详情",
      archiveRevokesHint: "将撤销待处理的邀请。",
      invitationLinkField: ({ name }) => `${name} 的邀请链接`,
      invitationFailed: ({ reason }) => `无法处理该邀请：${reason}`,
    },
    member: {
      you: "您",
      superAdmin: "超级管理员",
      unnamed: "（无姓名）",
      noGroups: "无群组",
      moreGroups: ({ count }, f) => `还有 ${f.count(count)} 个`,
      groupsLabel: ({ name }) => `${name} 的群组`,
      neverActive: "从未",
    },
    confirm: {
      title: {
        archive: ({ name }) => `要归档 ${name} 吗？`,
        unarchive: ({ name }) => `要取消归档 ${name} 吗？`,
        archiveInstance: ({ name }) => `要将 ${name} 从整个实例中归档吗？`,
        unarchiveInstance: ({ name }) => `要在实例中取消归档 ${name} 吗？`,
        deactivate: ({ name }) => `要停用 ${name} 吗？`,
        reactivate: ({ name }) => `要重新启用 ${name} 吗？`,
      },
      confirm: {
        archive: "归档用户",
        unarchive: "取消归档用户",
        archiveInstance: "从实例中归档",
        unarchiveInstance: "在实例中取消归档",
        deactivate: "停用",
        reactivate: "重新启用",
      },
      pending: {
        archive: "正在归档…",
        unarchive: "正在取消归档…",
        archiveInstance: "正在归档…",
        unarchiveInstance: "正在取消归档…",
        deactivate: "正在停用…",
        reactivate: "正在重新启用…",
      },
      cancel: "取消",
      consequencesLabel: "此操作的影响",
      accessLostWorkspace: ({ name, workspace }) => `${name} 将无法再访问 ${workspace}。其所在的其他工作区不受影响。`,
      accessLostInstance: ({ name }) => `${name} 将无法登录，并失去所有工作区的访问权限。在超级管理员取消归档之前，无法再邀请此用户。`,
      accessLostDeactivate: ({ name }) => `${name} 将无法登录，不再接收通知，也无法被指派到新记录。`,
      accessRestoredReactivate: ({ name }) => `${name} 可立即重新登录，并保留之前的角色和群组。`,
      accessRestoredUnarchive: ({ name, workspace }) => `${name} 将再次收到加入 ${workspace} 的邀请，接受后即可恢复访问权限。`,
      accessRestoredInstance: ({ name }) =>
        `${name} 可以重新登录，也可以再次被邀请。其在各工作区的成员身份仍保持归档状态，直到各工作区的管理员将其取消归档。`,
      workspacesAffected: ({ workspaces }, f) => `受影响的工作区：${f.list(workspaces)}。`,
      invitationRevoked: "其待处理的邀请链接将失效。",
      emailSent: ({ email }) => `将向 ${email} 发送邀请邮件。`,
      noEmailSent: "不会发送邮件。",
      seatChange: ({ before, after, workspace }, f) =>
        `${workspace === undefined ? "计费席位" : `${workspace} 的计费席位`}：${f.count(before)} → ${f.count(after)}。`,
      seatDelta: ({ delta, workspace }, f) =>
        `${workspace === undefined ? "" : `在 ${workspace} 中`}${delta < 0 ? "释放" : "占用"} ${f.plural(Math.abs(delta), { other: "# 个计费席位" })}。`,
      seatUnchanged: "计费席位数不变。",
      instanceUnarchived: ({ name }) => `${name} 在实例级别也将被取消归档，因此可以重新登录。`,
      nothingDeleted: "其创建的任何内容都不会被删除。",
      conflict: ({ name }) => `在此对话框打开期间，${name} 已被其他人更改。未应用任何更改；请查看其当前状态。`,
      failed: ({ name, reason }) => `未能更改 ${name}：${reason}`,
      retry: "重试",
      close: "关闭",
      startAgain: "重新开始",
      currentStatus: "当前状态",
      currentRole: "当前角色",
    },
    invite: {
      openButton: "邀请成员",
      title: "邀请成员",
      description: ({ workspace }) => `每位受邀者都会收到加入 ${workspace} 的邀请邮件。`,
      inviteeLegend: ({ index }, f) => `第 ${f.count(index)} 人`,
      nameLabel: "姓名",
      emailLabel: "电子邮件",
      roleLabel: "角色",
      rolePlaceholder: "选择角色",
      groupsLabel: "群组",
      groupsHint: "可选。可选择任意数量的群组。",
      metadataLabel: "元数据（JSON）",
      metadataHint: '可选。一个 JSON 对象，例如 {"team": "design"}。',
      optional: "可选",
      required: "必填",
      addInvitee: "再添加一人",
      removeInvitee: ({ index }, f) => `移除第 ${f.count(index)} 人`,
      submit: ({ count }, f) => f.plural(count, { "=1": "发送邀请", other: "发送 # 份邀请" }),
      submitting: "正在发送…",
      cancel: "取消",
      close: "关闭",
      metadataPosition: ({ message, line, column }, f) => `第 ${f.count(line)} 行，第 ${f.count(column)} 列：${message}`,
      duplicate: ({ email, status }) => `${email} 在此工作区中已是“${status}”状态。`,
      offerUnarchive: ({ email }) => `${email} 在此工作区中已被归档。要改为取消归档吗？`,
      offerReactivate: ({ email }) => `${email} 在此工作区中已被停用。要改为重新启用吗？`,
      archivedInInstance: ({ email }) => `${email} 已在实例级别被归档。必须先由超级管理员取消归档。`,
      errorSummary: ({ count }, f) => f.plural(count, { other: "请修正 # 个错误后继续。" }),
      resultsTitle: "邀请结果",
      resultInvited: ({ email }) => `${email}：已邀请。`,
      resultRequested: ({ email }) => `${email}：待注册；系统将请其创建账号。`,
      resultFailed: ({ email, reason }) => `${email}：未邀请。${reason}`,
      resultSummary: ({ sent, failed }, f) =>
        failed === 0
          ? f.plural(sent, { other: "已发送 # 份邀请。" })
          : `${f.plural(sent, { other: "已发送 # 份邀请" })}，${f.plural(failed, { other: "# 份失败" })}。`,
      copyLink: ({ email }) => `复制 ${email} 的邀请链接`,
      inviteMore: "继续邀请",
      retryFailed: "编辑并重试失败的邀请",
      unarchiveInstead: "改为取消归档",
      reactivateInstead: "改为重新启用",
      invitationLinkLabel: ({ email }) => `${email} 的邀请链接`,
      copied: "已复制",
      emailConverted: ({ typed, stored, email }) =>
        `域名“${typed}”将保存为“${stored}”，这是电子邮件系统用于国际化域名的格式：邀请将发送至 ${email}。`,
      requestFailed: ({ reason }) => `未发送任何内容：${reason}您输入的所有内容均已保留。`,
      retry: "重试",
      noGroups: "此工作区没有群组。",
    },
    memberEdit: {
      title: ({ name }) => `编辑 ${name} 的角色和群组`,
      roleLabel: "角色",
      groupsLabel: "群组",
      save: "保存更改",
      saving: "正在保存…",
      cancel: "取消",
      conflict: ({ name }) => `${name} 已被其他人更改。下方显示的是其当前角色和群组；请检查后重新保存。`,
      failed: ({ reason }) => `未保存：${reason}您的选择已保留。`,
      retry: "重试",
      startAgain: "编辑当前值",
      currentValues: "当前值",
      noGroups: "此工作区没有群组。",
    },
    table: {
      workspaceCaption: ({ workspace }) => `${workspace} 的成员`,
      instanceCaption: "所有用户",
      columns: {
        name: "姓名",
        email: "电子邮件",
        status: "状态",
        role: "角色",
        groups: "群组",
        invitedAt: "邀请时间",
        lastActiveAt: "上次活动时间",
        workspaces: "工作区",
        actions: "操作",
      },
      sortBy: ({ column }) => `按“${column}”排序`,
      sortedAscending: "已按升序排序",
      sortedDescending: "已按降序排序",
      searchLabel: "搜索成员",
      searchPlaceholder: "按姓名或电子邮件搜索",
      clearSearch: "清除搜索",
      statusFilterLabel: "状态",
      roleFilterLabel: "角色",
      allStatuses: "所有状态",
      allRoles: "所有角色",
      clearFilters: "清除筛选条件",
      loading: "正在加载成员…",
      empty: "暂无成员",
      emptyHint: "邀请用户以授予其访问权限。",
      noMatches: "没有匹配的成员",
      noMatchesHint: "请尝试其他搜索词或清除筛选条件。",
      errorTitle: "无法加载成员",
      retry: "重试",
      paginationLabel: "分页",
      pageRange: ({ from, to, total }, f) =>
        total === null ? `第 ${f.count(from)}–${f.count(to)} 项` : `第 ${f.count(from)}–${f.count(to)} 项，共 ${f.count(total)} 项`,
      pageOf: ({ page, pages }, f) => `第 ${f.count(page)} 页，共 ${f.count(pages)} 页`,
      previousPage: "上一页",
      nextPage: "下一页",
      firstPage: "第一页",
      lastPage: "最后一页",
      pageSize: "每页行数",
      billableSeats: ({ count }, f) => f.plural(count, { other: "# 个计费席位" }),
      memberCount: ({ count }, f) => f.plural(count, { "=0": "无成员", other: "# 名成员" }),
      selectRow: ({ name }) => `选择 ${name}`,
      selectPage: "选择此页上的所有成员",
      selectedCount: ({ count }, f) => f.plural(count, { other: "已选择 # 名" }),
      clearSelection: "清除选择",
      bulkArchive: "归档所选成员",
      bulkDeactivate: "停用所选成员",
      bulkTitle: ({ count, action }, f) => f.plural(count, action === "archive" ? { other: "要归档 # 名成员吗？" } : { other: "要停用 # 名成员吗？" }),
      bulkDescription: ({ action }) =>
        `${action === "archive" ? "被归档的成员将失去此工作区的访问权限，其待处理的邀请也将失效。" : "被停用的成员将无法再登录。"}系统会逐一更改每位成员：您无权更改的成员将被跳过，每项结果都会列出。不会删除任何内容。`,
      bulkConfirm: ({ count, action }, f) => f.plural(count, action === "archive" ? { other: "归档 # 名成员" } : { other: "停用 # 名成员" }),
      bulkApplying: "正在应用…",
      bulkResultsLabel: "结果",
      bulkSucceeded: ({ name, status }) => `${name}：现为“${status}”。`,
      bulkRefused: ({ name, reason }) => `${name}：未更改。${reason}`,
      bulkFailed: ({ name, reason }) => `${name}：失败。${reason}`,
      bulkWaiting: ({ name }) => `${name}：等待中…`,
      bulkSummary: ({ succeeded, refused, failed }, f) =>
        `${[
          `已更改 ${f.count(succeeded)} 名`,
          ...(refused > 0 ? [`已拒绝 ${f.count(refused)} 名`] : []),
          ...(failed > 0 ? [`失败 ${f.count(failed)} 名`] : []),
        ].join("，")}。`,
      close: "关闭",
      unsupported: ({ feature }) =>
        `服务器不支持${{ search: "搜索", filterByStatus: "按状态筛选", filterByRole: "按角色筛选", sort: "按此列排序", page: "跳转到此页" }[feature]}；只筛选当前显示的页面会导致部分成员被隐藏。`,
      membershipCount: ({ count }, f) => f.plural(count, { "=0": "无工作区", other: "# 个工作区" }),
    },
    details: {
      title: ({ name }) => `${name} 的详情`,
      close: "关闭详情",
      status: "状态",
      email: "电子邮件",
      role: "角色",
      groups: "群组",
      workspaces: "工作区",
      metadata: "元数据",
      noMetadata: "无",
      invitedAt: "邀请时间",
      lastActiveAt: "上次活动时间",
      actions: "操作",
      loading: "正在加载成员…",
      otherWorkspaces: "其他工作区",
    },
    announcements: {
      statusChanged: ({ name, status }) => `${name} 现为“${status}”。`,
      statusChangeFailed: ({ name, reason }) => `未能更改 ${name}：${reason}`,
      statusConflict: ({ name, status }) =>
        `${name} 未被更改：其他人已先行更改。${status === null ? "" : `其当前状态为“${status}”。`}请查看其当前状态。`,
      invitationsSent: ({ count }, f) => f.plural(count, { other: "已发送 # 份邀请。" }),
      invitationResent: ({ email }) => `已重新向 ${email} 发送邀请。`,
      linkCopied: "邀请链接已复制。",
      linkCopyFailed: "无法复制邀请链接。",
      memberUpdated: ({ name }) => `${name} 已更新。`,
      listLoaded: ({ count, total }, f) =>
        total === null
          ? f.plural(count, { "=0": "未显示任何成员。", other: "显示了 # 名成员。" })
          : f.plural(total, { "=0": "未找到成员。", other: "找到 # 名成员。" }),
      sortChanged: ({ column, direction }) => `已按“${column}”${direction === "asc" ? "升序" : "降序"}排序。`,
    },
    errors: {
      forbidden: "您无权执行此操作。",
      not_found: "此成员已不存在。",
      conflict: "此成员已被其他人更改。请查看其当前状态后重试。",
      validation: "部分字段需要修改。",
      last_admin: "此操作会导致某个工作区没有有效的管理员。",
      archived_in_instance: "此用户已在实例级别被归档。必须先由超级管理员取消归档。",
      duplicate: "此人已是该工作区的成员。",
      invalid_transition: "此操作不适用于该成员的当前状态。",
      rate_limited: "请求过多。请稍候再试。",
      idempotency_mismatch: "此请求与之前另一个不同的请求重复，因此被拒绝。未进行任何更改；请重试。",
      limit_exceeded: "请求过大。请减少一次发送的人数或数据量。",
      network: "无法连接到服务器。请检查网络连接后重试。",
      timeout: "服务器未及时响应。请检查网络连接后重试。",
      unknown: "出现问题。请重试。",
    },
    denials: {
      "R1.notMember": () => "只有此工作区的成员才能查看其成员。",
      "R1.notAdmin": ({ verb }) =>
        `只有此工作区的管理员才能${{ invite: "邀请", archive: "归档", unarchive: "取消归档", deactivate: "停用", reactivate: "重新启用", edit: "编辑" }[verb]}成员。`,
      "R1.activityAdminsOnly": () => "只有此工作区的管理员才能查看其活动。",
      "R2.notSuperAdmin": ({ verb }) =>
        `只有超级管理员才能${{ archiveInstance: "在实例级别归档", unarchiveInstance: "在实例级别取消归档", viewInstanceUsers: "查看实例的“所有用户”", viewInstanceActivity: "查看整个实例的活动" }[verb]}。`,
      "R2.instanceArchived": ({ name }) => `${name} 已在实例级别被归档；只有超级管理员才能将其取消归档。`,
      "R2.instanceScope": () => "在实例级别只能归档或取消归档用户；如需执行其他操作，请打开一个工作区。",
      "R4.self": () => "您无法更改自己的状态：请让其他管理员操作，以免将自己锁定在外。",
      "R4.superAdmin": ({ part }) => `只有超级管理员才能更改超级管理员的${{ status: "状态", role: "角色", groups: "群组" }[part]}。`,
      "R5.unknownRole": ({ role }) => `“${role}”不是此工作区的角色。`,
      "R5.noWorkspace": () => "成员需被邀请到某个工作区：请选择要邀请到的工作区。",
      "R5.nothingToChange": ({ name }) => `${name} 没有需要更改的内容：请指定新角色、新群组或两者。`,
      "R5.unknownGroups": ({ workspaceName, groups }, f) =>
        `${workspaceName} 中没有群组${f.list(groups.map((group) => `“${group}”`))}；请选择此工作区的群组。`,
      "R7.alreadyMember": ({ email, status }) => `${email} 在此工作区中已是“${STATUS[status]}”状态。`,
      "R7.restoreInstead": ({ email, status, offer }) =>
        `${email} 在此工作区中为“${STATUS[status]}”状态：请${offer === "unarchive" ? "取消归档" : "重新启用"}该成员，而不是再次邀请。`,
      "R8.archivedInInstance": ({ email }) => `${email} 已在实例级别被归档，无法邀请。必须先由超级管理员取消归档。`,
      "R10.noPendingInvitation": ({ name, verb }) => `${name} 没有${verb === "resendInvitation" ? "可重新发送的" : ""}待处理邀请。`,
      "R10.cloudLinks": () => "只有自托管部署才能复制邀请链接；云端的邀请通过电子邮件发送。",
      "R11.alreadyArchived": ({ name }) => `${name} 已在此工作区中被归档。`,
      "R12.alreadyArchived": ({ name }) => `${name} 已在实例级别被归档。`,
      "R12.accountArchived": () => "此账号已被归档；请联系超级管理员取消归档。",
      "R13.notArchived": ({ name, status }) => `只有在实例级别被归档的用户才能在实例级别取消归档；${name} 的状态为“${STATUS[status]}”。`,
      "R14.notArchived": ({ name, status }) => `只有已归档的成员才能取消归档；${name} 的状态为“${STATUS[status]}”。`,
      "R15.lastAdmin": ({ name, verb, workspaceNames, count }, f) =>
        `${name} 是 ${f.list(workspaceNames)} 中最后一位有效的管理员；${{ archive: "归档该用户", archiveInstance: "在实例级别归档该用户", deactivate: "停用该用户", changeRole: "移除其管理员角色" }[verb]}会导致${f.plural(count, { "=1": "该工作区", other: "这些工作区" })}没有管理员。请先将其他人设为管理员。`,
      "R17.notActive": ({ name, status }) => `只有有效的成员才能被停用；${name} 的状态为“${STATUS[status]}”。`,
      "R18.notInactive": ({ name, status }) => `只有已停用的成员才能重新启用；${name} 的状态为“${STATUS[status]}”。`,
      "R24.otherLifecycle": ({ verb, lifecycle }) =>
        `此处无法${{ archive: "归档", unarchive: "取消归档", deactivate: "停用", reactivate: "重新启用" }[verb]}成员：此工作区改为${lifecycle === "archive" ? "归档和取消归档" : "停用和重新启用"}成员。`,
      "R24.notActive": ({ name, status, part }) =>
        `只有有效的成员才能更改${part === "role" ? "角色" : "群组"}；${name} 的状态为“${STATUS[status]}”。`,
      "R27.notPending": () => "此邀请已不再处于待处理状态。",
    },
    validation: {
      name_required: () => "请输入姓名。",
      name_too_long: ({ length, limit }, f) => `姓名最多 ${f.count(limit)} 个字符；当前为 ${f.count(length)} 个字符。`,
      name_malformed_unicode: () => "姓名包含损坏的字符（表情符号或符号的一半）；请重新输入。",
      name_control_character: ({ codePoint }) => `姓名不能包含制表符、换行符或 NUL 等控制字符（此处为 ${codePoint}）。`,
      name_bidi_control: ({ codePoint }) => `姓名不能包含反转或隔离文本方向的字符（此处为 ${codePoint}）：它们会使显示的内容与存储的内容不一致。`,
      name_invisible: () => "姓名中没有可见字符；请输入姓名。",
      name_invisible_character: ({ codePoint }) => `姓名包含不可见字符（${codePoint}）；请手动重新输入，不要粘贴。`,
      email_required: () => "请输入电子邮件地址。",
      email_too_long: ({ length, limit }, f) => `电子邮件地址最多 ${f.count(limit)} 个字符；当前为 ${f.count(length)} 个字符。`,
      email_malformed_unicode: () => "电子邮件地址包含损坏的字符（表情符号或符号的一半）；请重新输入。",
      email_whitespace: () => "电子邮件地址不能包含空格、制表符或换行符。",
      email_invisible_character: ({ codePoint }) => `电子邮件地址包含不可见字符或控制字符（${codePoint}）；请手动重新输入，不要粘贴。`,
      email_lookalike_at: ({ email, character }) => `${quote(email)} 中使用了“${character}”，它看起来像“@”，但并不是；请重新输入“@”。`,
      email_missing_at: ({ email }) => `${quote(email)} 缺少“@”。`,
      email_local_missing: () => "请添加“@”前面的部分。",
      email_domain_missing: () => "请在“@”后面添加域名，例如 example.com。",
      email_local_too_long: ({ length, limit }, f) => `“@”前面的部分最多 ${f.count(limit)} 个字符；当前为 ${f.count(length)} 个字符。`,
      email_local_invalid_character: ({ character }) =>
        `“@”前面的部分包含不允许的字符“${character}”；请使用字母 A–Z、数字以及 . _ + - 等符号。`,
      email_local_dots: () => "“@”前面的部分不能以点开头或结尾，也不能包含两个连续的点。",
      email_domain_invalid: ({ domain, character }) =>
        character === undefined ? `域名 ${quote(domain)} 不是有效的域名。` : `域名 ${quote(domain)} 包含域名中不允许的字符“${character}”。`,
      email_domain_mixed_script: ({ domain, label, scripts }, f) =>
        `域名 ${quote(domain)} 的 ${quote(label)} 中混用了${f.list(scripts.map((script) => SCRIPTS[script] ?? script))}字母，这是仿冒其他域名的常见手法；请只使用一种字母表输入。`,
      email_domain_numeric: ({ domain }) => `域名 ${quote(domain)} 以数字结尾；电子邮件地址需要 example.com 这样的域名，而不是 IP 地址。`,
      email_domain_no_dot: ({ domain }) => `域名 ${quote(domain)} 需要包含点，例如 example.com。`,
      email_label_too_long: ({ label, length, limit }, f) =>
        `域名中以点分隔的每一部分最多 ${f.count(limit)} 个字符；${quote(label)} 有 ${f.count(length)} 个字符。`,
      role_required: () => "请选择角色。",
      role_unknown: ({ role, roles }, f) => `${quote(role)} 不是此处的角色；请从${f.list(roles)}中选择一个。`,
      groups_invalid: () => "群组必须是群组 ID 的列表。",
      groups_unknown: ({ groups }, f) => `未知群组：${f.list(groups)}。`,
      metadata_too_large: (params, f) =>
        "bytes" in params
          ? `元数据为 ${f.count(params.bytes)} 字节；上限为 ${f.count(params.limit)} 字节。`
          : `元数据长 ${f.count(params.length)} 个字符；上限为 ${f.count(params.limit)} 字节，因此未读取。请删除部分内容。`,
      metadata_not_object: ({ type }) => `元数据必须是 JSON 对象，例如 {"team": "design"}，而不能是${JSON_TYPE[type]}。`,
      metadata_not_flat: ({ key, type }) => `元数据必须是扁平结构：${quote(key)} 的值是${JSON_TYPE[type]}；请使用字符串、数字、布尔值或 null。`,
      metadata_number_out_of_range: ({ key }) => `元数据中的数字 ${quote(key)} 过大，无法存储；请将其写为字符串。`,
      metadata_malformed_unicode: ({ key }) => `元数据项 ${quote(key)} 包含无法存储的损坏字符（表情符号或符号的一半）。`,
      metadata_nul_character: ({ key }) => `元数据项 ${quote(key)} 包含数据库无法存储的 NUL 字符（\\u0000）；请将其删除。`,
      json_unexpected_end: ({ expected }) => unexpected(expected, ""),
      json_unexpected_character: ({ expected, found }) => unexpected(expected, found),
      json_trailing_content: ({ found }) => `JSON 值结束后出现意外的 ${shown(found)}。`,
      json_unterminated_string: () => "字符串未结束：缺少右双引号。",
      json_control_character: ({ codePoint }) => `字符串中的控制字符 ${codePoint} 必须转义。`,
      json_invalid_escape: ({ escape }) => `字符串中的转义序列“${escape}”无效${escape.startsWith("\\u") ? "：\\u 后必须跟四位十六进制数字" : ""}。`,
      json_duplicate_key: ({ key }) => `键 ${quote(key, 40)} 在同一对象中出现了两次；每个键只能出现一次。`,
      json_forbidden_key: ({ key }) => `不允许使用键 ${quote(key, 40)}。`,
      json_too_deep: ({ limit }, f) => `JSON 中对象和数组的嵌套超过了 ${f.count(limit)} 层的上限。`,
      json_too_long: ({ length, limit }, f) => `文本长 ${f.count(length)} 个字符；上限为 ${f.count(limit)} 个字符。`,
      json_not_text: ({ type }) => `应为 JSON 文本，而不是 ${type}。`,
    },
    console: {
      allUsers: "所有用户",
      scopeLabel: "工作区",
      loadingTitle: "正在加载…",
      seatCountHint: "有效、已邀请和待注册的成员计入席位；已归档和已停用的成员不计入。",
      partFailed: ({ part }) =>
        `由于出现错误，无法显示${
          {
            "seat-count": "席位数",
            "scope-switcher": "工作区切换器",
            invite: "邀请表单",
            table: "成员列表",
            details: "成员详情",
            confirm: "确认对话框",
          }[part]
        }。页面的其余部分仍可正常使用${part === "invite" ? "，您输入的内容也不会丢失" : ""}。`,
      partRetry: "重试",
      partClose: "关闭",
    },
  },
};
