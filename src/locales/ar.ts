import type { BulkInviteField } from "../core/bulk-invite";
import type { InstanceVerb, LastAdminVerb, LifecycleVerb, ManageVerb, SuperAdminPart } from "../core/denials";
import type { MemberStatus } from "../core/domain.types";
import type { JsonExpected } from "../core/json-parse";
import type { JsonValueType } from "../core/validation";
import type { PluralForms, RosterFormat } from "../react/format";
import { describeCharacter, isolate, quoteText } from "../react/format";
import type { ConsolePart, RosterLocale, RosterMessages } from "../react/messages";

// Names, emails and workspaces keep their own direction inside Arabic sentences (isolate); typed text is
// quoted between Arabic guillemets and cut like the English sentences.
const q = (text: string): string => quoteText(text, "«\u2068", "\u2069»");
const qKey = (text: string): string => quoteText(text, "«\u2068", "\u2069»", 40);
const char = (found: string): string => describeCharacter(found, "«", "»");
const names = (items: readonly string[], f: RosterFormat): string => f.list(items.map(isolate));

const STATUS: Readonly<Record<MemberStatus, string>> = {
  requested: "بانتظار التسجيل",
  invited: "مدعو",
  active: "نشط",
  archived: "مؤرشف",
  inactive: "غير نشط",
};

const MEMBERS: PluralForms = { zero: "لا أعضاء", one: "عضو واحد", two: "عضوان", few: "# أعضاء", many: "# عضوًا", other: "# عضو" };
const SEATS: PluralForms = {
  zero: "لا مقاعد مدفوعة",
  one: "مقعد مدفوع واحد",
  two: "مقعدان مدفوعان",
  few: "# مقاعد مدفوعة",
  many: "# مقعدًا مدفوعًا",
  other: "# مقعد مدفوع",
};
/** Members after a verbal noun ("أرشفة عضوين"): the dual in the genitive. */
const MEMBERS_GENITIVE: PluralForms = { zero: "# عضو", one: "عضو واحد", two: "عضوين", few: "# أعضاء", many: "# عضوًا", other: "# عضو" };
const CHARACTERS: PluralForms = { zero: "# حرف", one: "حرف واحد", two: "حرفين", few: "# أحرف", many: "# حرفًا", other: "# حرف" };
const LEVELS: PluralForms = { zero: "# مستوى", one: "مستوى واحد", two: "مستويين", few: "# مستويات", many: "# مستوى", other: "# مستوى" };
const PEOPLE: PluralForms = { zero: "# شخص", one: "شخص واحد", two: "شخصين", few: "# أشخاص", many: "# شخصًا", other: "# شخص" };
const INVITATIONS_SENT: PluralForms = {
  zero: "لم تُرسَل أي دعوة",
  one: "أُرسلت دعوة واحدة",
  two: "أُرسلت دعوتان",
  few: "أُرسلت # دعوات",
  many: "أُرسلت # دعوة",
  other: "أُرسلت # دعوة",
};

const FIELD: Readonly<Record<BulkInviteField, string>> = {
  name: "الاسم",
  email: "البريد الإلكتروني",
  role: "الدور",
  groups: "المجموعات",
  metadata: "البيانات الوصفية",
};

const MANAGE_VERB: Readonly<Record<ManageVerb, string>> = {
  invite: "دعوة الأعضاء",
  archive: "أرشفة الأعضاء",
  unarchive: "إلغاء أرشفة الأعضاء",
  deactivate: "تعطيل الأعضاء",
  reactivate: "إعادة تفعيل الأعضاء",
  edit: "تعديل الأعضاء",
};

const INSTANCE_VERB: Readonly<Record<InstanceVerb, string>> = {
  archiveInstance: "الأرشفة على مستوى المثيل",
  unarchiveInstance: "إلغاء الأرشفة على مستوى المثيل",
  viewInstanceUsers: "عرض «جميع المستخدمين» في المثيل",
  viewInstanceActivity: "عرض نشاط المثيل بأكمله",
};

const SUPER_ADMIN_PART: Readonly<Record<SuperAdminPart, string>> = { status: "حالة", role: "دور", groups: "مجموعات" };

const LIFECYCLE_VERB: Readonly<Record<LifecycleVerb, string>> = {
  archive: "أرشفة",
  unarchive: "إلغاء أرشفة",
  deactivate: "تعطيل",
  reactivate: "إعادة تفعيل",
};

const LAST_ADMIN_DOING: Readonly<Record<LastAdminVerb, string>> = {
  archive: "بعد أرشفته",
  archiveInstance: "بعد أرشفته على مستوى المثيل",
  deactivate: "بعد تعطيله",
  changeRole: "بعد إزالة دور المشرف عنه",
};

const JSON_TYPE: Readonly<Record<JsonValueType, string>> = {
  null: "null",
  array: "مصفوفة",
  object: "كائنًا",
  string: "نصًا",
  number: "رقمًا",
  boolean: "قيمة منطقية",
  other: "قيمة لا يمكن لـ JSON تمثيلها",
};

const SCRIPT: Readonly<Record<string, string>> = {
  Latin: "اللاتينية",
  Cyrillic: "السيريلية",
  Greek: "اليونانية",
  Armenian: "الأرمنية",
  Cherokee: "الشيروكية",
};

const EXPECTED: Readonly<Record<Exclude<JsonExpected, "value">, string>> = {
  propertyName: "كان متوقعًا اسم خاصية بين علامتي اقتباس مزدوجتين",
  colon: "كان متوقعًا «:»",
  commaOrBracket: "كان متوقعًا «,» أو «]» بعد عنصر المصفوفة",
  commaOrBrace: "كان متوقعًا «,» أو «}» بعد قيمة الخاصية",
};

const TYPEOF: Readonly<Record<string, string>> = {
  undefined: "قيمة غير معرّفة",
  number: "رقمًا",
  boolean: "قيمة منطقية",
  object: "كائنًا",
  bigint: "عددًا صحيحًا كبيرًا",
  symbol: "رمزًا",
  function: "دالة",
};

function unexpected(expected: JsonExpected, found: string): string {
  if (expected === "value") return found === "" ? "انتهى النص فجأة: هناك قيمة ناقصة." : `${char(found)} غير متوقع: كان متوقعًا قيمة.`;
  return `${EXPECTED[expected]}، لكن وُجد ${found === "" ? "نهاية النص" : char(found)}.`;
}

const nowStatus = (status: string): string => `أصبحت حالته الآن: ${status}.`;

/** A part of the console by its name, as the error and loading messages say it. */
const CONSOLE_PART: Readonly<Record<ConsolePart, string>> = {
  "seat-count": "عدد المقاعد",
  "scope-switcher": "مبدّل مساحات العمل",
  invite: "نموذج الدعوة",
  table: "جدول الأعضاء",
  details: "تفاصيل العضو",
  confirm: "نافذة التأكيد",
  activity: "النشاط",
  export: "تصدير CSV",
  bulk: "الإجراءات الجماعية",
  menu: "قائمة الإجراءات",
};

/** The status changes by name: the row menu's items and the confirm modal's buttons say the same. */
const STATUS_ACTIONS: RosterMessages["confirm"]["confirm"] = {
  archive: "أرشفة المستخدم",
  unarchive: "إلغاء أرشفة المستخدم",
  archiveInstance: "أرشفة من المثيل",
  unarchiveInstance: "إلغاء الأرشفة في المثيل",
  deactivate: "تعطيل",
  reactivate: "إعادة التفعيل",
};

/** The kit's columns by name: the table's headers and the export's choices say the same. */
const COLUMN_NAMES = {
  name: "الاسم",
  email: "البريد الإلكتروني",
  status: "الحالة",
  role: "الدور",
  groups: "المجموعات",
  invitedAt: "تاريخ الدعوة",
  lastActiveAt: "آخر نشاط",
} as const;

/** العربية: Arabic, written right to left. */
export const ar: RosterLocale = {
  locale: "ar",
  messages: {
    status: {
      label: STATUS,
      description: {
        archive: {
          requested: "دُعي دون أن يكون لديه حساب بعد؛ بانتظار تسجيله.",
          invited: "مدعو؛ بانتظار قبوله الدعوة.",
          active: "لديه صلاحية الوصول.",
          archived: "لا صلاحية وصول. إلغاء الأرشفة يرسل دعوة جديدة.",
        },
        deactivate: {
          invited: "مدعو؛ بانتظار قبوله الدعوة.",
          active: "لديه صلاحية الوصول.",
          inactive: "لا يمكنه تسجيل الدخول ولا إسناد مهام إليه. إعادة التفعيل تعيد الوصول فورًا.",
        },
      },
    },
    actions: {
      ...STATUS_ACTIONS,
      menuLabel: ({ name }) => `إجراءات ${isolate(name)}`,
      resendInvitation: "إعادة إرسال الدعوة",
      copyInvitationLink: "نسخ رابط الدعوة",
      edit: "تعديل الدور والمجموعات",
      viewDetails: "عرض التفاصيل",
      archiveRevokesHint: "يُلغي الدعوة المعلّقة.",
      invitationLinkField: ({ name }) => `رابط دعوة ${isolate(name)}`,
      invitationFailed: ({ reason }) => `تعذّر تنفيذ الإجراء على الدعوة: ${reason}`,
    },
    member: {
      you: "أنت",
      superAdmin: "مشرف عام",
      unnamed: "(بلا اسم)",
      noGroups: "لا مجموعات",
      moreGroups: ({ count }, f) => `و${f.count(count)} أخرى`,
      groupsLabel: ({ name }) => `مجموعات ${isolate(name)}`,
      neverActive: "أبدًا",
    },
    confirm: {
      title: {
        archive: ({ name }) => `أرشفة ${isolate(name)}؟`,
        unarchive: ({ name }) => `إلغاء أرشفة ${isolate(name)}؟`,
        archiveInstance: ({ name }) => `أرشفة ${isolate(name)} من المثيل بأكمله؟`,
        unarchiveInstance: ({ name }) => `إلغاء أرشفة ${isolate(name)} في المثيل؟`,
        deactivate: ({ name }) => `تعطيل ${isolate(name)}؟`,
        reactivate: ({ name }) => `إعادة تفعيل ${isolate(name)}؟`,
      },
      confirm: STATUS_ACTIONS,
      pending: {
        archive: "جارٍ الأرشفة…",
        unarchive: "جارٍ إلغاء الأرشفة…",
        archiveInstance: "جارٍ الأرشفة…",
        unarchiveInstance: "جارٍ إلغاء الأرشفة…",
        deactivate: "جارٍ التعطيل…",
        reactivate: "جارٍ إعادة التفعيل…",
      },
      cancel: "إلغاء",
      consequencesLabel: "ما الذي سيحدث",
      accessLostWorkspace: ({ name, workspace }) =>
        `سيفقد ${isolate(name)} الوصول إلى ${isolate(workspace)}. لن تتأثر مساحات العمل الأخرى التي ينتمي إليها.`,
      accessLostInstance: ({ name }) =>
        `لن يتمكن ${isolate(name)} من تسجيل الدخول بعد الآن، وسيفقد الوصول إلى كل مساحات العمل. ولا يمكن دعوته حتى يلغي مشرف عام أرشفته.`,
      accessLostDeactivate: ({ name }) =>
        `لن يتمكن ${isolate(name)} من تسجيل الدخول بعد الآن، وستتوقف إشعاراته، ولن يمكن إسناد سجلات جديدة إليه.`,
      accessRestoredReactivate: ({ name }) => `سيتمكن ${isolate(name)} من تسجيل الدخول فورًا، بالدور والمجموعات التي كانت له من قبل.`,
      accessRestoredUnarchive: ({ name, workspace }) =>
        `ستُرسل إلى ${isolate(name)} دعوة جديدة إلى ${isolate(workspace)}، ويستعيد الوصول بمجرد قبولها.`,
      accessRestoredInstance: ({ name }) =>
        `سيتمكن ${isolate(name)} من تسجيل الدخول وتلقي الدعوات مجددًا. تبقى عضوياته مؤرشفة حتى يلغي مشرفو كل مساحة عمل أرشفتها.`,
      workspacesAffected: ({ workspaces }, f) =>
        f.plural(workspaces.length, {
          zero: `مساحات العمل المتأثرة: ${names(workspaces, f)}.`,
          one: `مساحة العمل المتأثرة: ${names(workspaces, f)}.`,
          two: `مساحتا العمل المتأثرتان: ${names(workspaces, f)}.`,
          few: `مساحات العمل المتأثرة: ${names(workspaces, f)}.`,
          many: `مساحات العمل المتأثرة: ${names(workspaces, f)}.`,
          other: `مساحات العمل المتأثرة: ${names(workspaces, f)}.`,
        }),
      invitationRevoked: "سيتوقف رابط دعوته المعلّقة عن العمل.",
      emailSent: ({ email }) => `ستُرسل رسالة دعوة إلى ${isolate(email)}.`,
      noEmailSent: "لن تُرسل أي رسالة بريد إلكتروني.",
      seatChange: ({ before, after, workspace }, f) =>
        `${workspace === undefined ? "المقاعد المدفوعة" : `المقاعد المدفوعة في ${isolate(workspace)}`}: من ${f.count(before)} إلى ${f.count(after)}.`,
      seatDelta: ({ delta, workspace }, f) => {
        const seats = f.plural(Math.abs(delta), SEATS);
        const where = workspace === undefined ? "" : ` في ${isolate(workspace)}`;
        return delta < 0 ? `يُحرّر ${seats}${where}.` : `يشغل ${seats}${where}.`;
      },
      seatUnchanged: "لا يتغير عدد المقاعد المدفوعة.",
      instanceUnarchived: ({ name }) => `ستُلغى أرشفة ${isolate(name)} على مستوى المثيل أيضًا، فيتمكن من تسجيل الدخول مجددًا.`,
      nothingDeleted: "لن يُحذف أي شيء أنشأه.",
      conflict: ({ name }) => `غيّر شخص آخر بيانات ${isolate(name)} أثناء فتح هذه النافذة. لم يُطبَّق أي تغيير؛ راجع حالته الحالية.`,
      failed: ({ name, reason }) => `لم يتغير ${isolate(name)}: ${reason}`,
      retry: "إعادة المحاولة",
      close: "إغلاق",
      startAgain: "البدء من جديد",
      currentStatus: "الحالة الحالية",
      currentRole: "الدور الحالي",
    },
    invite: {
      openButton: "دعوة أعضاء",
      title: "دعوة أعضاء",
      description: ({ workspace }) => `يتلقى كل شخص رسالة دعوة للانضمام إلى ${isolate(workspace)}.`,
      inviteeLegend: ({ index }, f) => `الشخص ${f.count(index)}`,
      nameLabel: "الاسم",
      emailLabel: "البريد الإلكتروني",
      roleLabel: "الدور",
      rolePlaceholder: "اختر دورًا",
      groupsLabel: "المجموعات",
      groupsHint: "أي عدد من المجموعات.",
      metadataLabel: "البيانات الوصفية (JSON)",
      metadataHint: 'كائن JSON مثل {"team": "design"}.',
      optional: "اختياري",
      required: "مطلوب",
      addInvitee: "إضافة شخص آخر",
      removeInvitee: ({ index }, f) => `إزالة الشخص ${f.count(index)}`,
      submit: ({ count }, f) =>
        f.plural(count, { zero: "إرسال الدعوات", one: "إرسال الدعوة", two: "إرسال الدعوتين", few: "إرسال # دعوات", many: "إرسال # دعوة", other: "إرسال # دعوة" }),
      submitting: "جارٍ الإرسال…",
      cancel: "إلغاء",
      close: "إغلاق",
      metadataPosition: ({ message, line, column }, f) => `السطر ${f.count(line)}، العمود ${f.count(column)}: ${message}`,
      duplicate: ({ email, status }) => `${isolate(email)} عضو في مساحة العمل هذه بالفعل، وحالته: ${status}.`,
      offerUnarchive: ({ email }) => `${isolate(email)} مؤرشف في مساحة العمل هذه. هل تريد إلغاء أرشفته بدلًا من ذلك؟`,
      offerReactivate: ({ email }) => `${isolate(email)} غير نشط في مساحة العمل هذه. هل تريد إعادة تفعيله بدلًا من ذلك؟`,
      archivedInInstance: ({ email }) => `${isolate(email)} مؤرشف على مستوى المثيل. يجب أن يلغي مشرف عام أرشفته أولًا.`,
      fieldRefused: "لم يقبل الخادم هذه القيمة. تحقق منها وحاول مجددًا.",
      errorSummaryEntry: ({ field, person, people, error }, f) => (people === 1 ? `${field}: ${error}` : `${field} للشخص ${f.count(person)}: ${error}`),
      errorSummary: ({ count }, f) =>
        f.plural(count, {
          zero: "لا أخطاء.",
          one: "أصلح خطأً واحدًا للمتابعة.",
          two: "أصلح الخطأين للمتابعة.",
          few: "أصلح # أخطاء للمتابعة.",
          many: "أصلح # خطأً للمتابعة.",
          other: "أصلح # خطأ للمتابعة.",
        }),
      resultsTitle: "الدعوات",
      resultInvited: ({ email }) => `${isolate(email)}: أُرسلت الدعوة.`,
      resultRequested: ({ email }) => `${isolate(email)}: سُجّل الطلب؛ سيُطلب منه إنشاء حساب.`,
      resultFailed: ({ email, reason }) => `${isolate(email)}: لم تُرسل الدعوة. ${reason}`,
      resultSummary: ({ sent, failed }, f) =>
        failed === 0
          ? `${f.plural(sent, INVITATIONS_SENT)}.`
          : `${f.plural(sent, INVITATIONS_SENT)}، ${f.plural(failed, { zero: "ولم يفشل أي منها", one: "وفشلت واحدة", two: "وفشلت اثنتان", few: "وفشلت #", many: "وفشلت #", other: "وفشلت #" })}.`,
      copyLink: ({ email }) => `نسخ رابط الدعوة لـ ${isolate(email)}`,
      inviteMore: "دعوة المزيد",
      retryFailed: "تعديل الدعوات التي فشلت وإعادة المحاولة",
      unarchiveInstead: "إلغاء الأرشفة بدلًا من ذلك",
      reactivateInstead: "إعادة التفعيل بدلًا من ذلك",
      invitationLinkLabel: ({ email }) => `رابط الدعوة لـ ${isolate(email)}`,
      copied: "تم النسخ",
      emailConverted: ({ typed, stored, email }) =>
        `سيُحفظ النطاق ${q(typed)} بالشكل ${q(stored)}، وهو الشكل الذي تستخدمه أنظمة البريد للنطاقات الدولية: ستصل الدعوة إلى ${isolate(email)}.`,
      requestFailed: ({ reason }) => `لم يُرسل شيء: ${reason} كل ما كتبته محفوظ.`,
      retry: "إعادة المحاولة",
      noGroups: "لا توجد مجموعات في مساحة العمل هذه.",
    },
    bulkInvite: {
      modeLabel: "طريقة الدعوة",
      modeSingle: "واحدًا تلو الآخر",
      modeBulk: "من قائمة أو ملف CSV",
      fileLabel: "ملف CSV",
      fileHint: ({ limit }, f) =>
        `صف للعناوين، ثم شخص واحد في كل صف: الاسم والبريد الإلكتروني والدور والمجموعات (مفصولة بـ ; أو |) والبيانات الوصفية (JSON). حتى ${f.plural(limit, PEOPLE)}.`,
      template: "تنزيل قالب CSV",
      pasteLabel: "أو الصق عناوين البريد الإلكتروني",
      pasteHint: `عنوان في كل سطر أو مفصولة بفواصل، مثل ${isolate("ada@example.com")} أو ${isolate("Ada Lovelace <ada@example.com>")}. ويصلح أيضًا جدول منسوخ من جدول بيانات.`,
      addPasted: "إضافة إلى القائمة",
      defaultRoleLabel: "الدور للصفوف التي لا دور فيها",
      reading: "جارٍ القراءة…",
      loading: "جارٍ التحميل…",
      load: {
        empty: () => "لا يوجد فيه أحد لدعوته: أضف شخصًا واحدًا في كل صف، تحت صف العناوين.",
        no_email_column: ({ columns }, f) =>
          `لا يحتوي أي عمود على عناوين بريد إلكتروني. يجب أن يسمّي الصف الأول الأعمدة (${isolate("name, email, role, groups, metadata")})؛ وفيه: ${columns.length === 0 ? "لا شيء" : names(columns, f)}.`,
        repeated_column: ({ field, columns }, f) => `الأعمدة ${names(columns, f)} كلها تحتوي على ${FIELD[field]}؛ أبقِ واحدًا منها.`,
        too_many_rows: ({ limit, count }, f) =>
          `لا يمكن دعوة أكثر من ${f.plural(limit, PEOPLE)} في المرة الواحدة؛ ${count === null ? "وفي هذا الملف أكثر من ذلك" : `وفي هذا الملف ${f.plural(count, PEOPLE)}`}. قسّمه إلى ملفات أصغر.`,
        unclosed_quote: ({ row }, f) => `يفتح الصف ${f.count(row)} حقلًا بين علامتي اقتباس لا يُغلق أبدًا، فلا يمكن قراءة ما بعده. أغلق علامة الاقتباس.`,
        not_text: () => "هذا ليس ملفًا نصيًا. احفظ جدول البيانات بصيغة CSV (UTF-8) واختر ذلك الملف.",
      },
      loadRefused: ({ reason }) => `لم يُضف شيء: ${reason} الصفوف الموجودة في القائمة باقية.`,
      ignoredColumns: ({ columns }, f) => `أعمدة مُتجاهَلة: ${names(columns, f)}.`,
      previewTitle: "الأشخاص المراد دعوتهم",
      previewSummary: ({ total, invited, ready, invalid }, f) =>
        `${f.plural(total, PEOPLE)}: ${invited > 0 ? `دُعي ${f.count(invited)}، ` : ""}جاهز ${f.count(ready)}، ويحتاج إلى إصلاح ${f.count(invalid)}.`,
      rowColumn: "الصف",
      statusColumn: "الحالة",
      fieldLabel: ({ field, row }, f) => `${field}، الصف ${f.count(row)}`,
      removeRow: ({ row }, f) => `إزالة الصف ${f.count(row)}`,
      removeInvalid: ({ count }, f) =>
        f.plural(count, {
          zero: "لا صفوف فيها مشكلات",
          one: "إزالة الصف الذي فيه مشكلة",
          two: "إزالة الصفين اللذين فيهما مشكلات",
          few: "إزالة # صفوف فيها مشكلات",
          many: "إزالة # صفًا فيها مشكلات",
          other: "إزالة # صف فيها مشكلات",
        }),
      onlyToFix: "عرض الصفوف التي تحتاج إلى إصلاح فقط",
      duplicateInFile: ({ row }, f) => `البريد الإلكتروني نفسه في الصف ${f.count(row)}.`,
      outcome: { ready: "جاهز", invalid: "يحتاج إلى إصلاح", queued: "بالانتظار", sending: "جارٍ الإرسال", invited: "مدعو", refused: "لم تُرسل الدعوة", failed: "لم يُرسل" },
      notSent: ({ reason }) => `لم يُرسل: ${reason} أعد المحاولة لإرساله مجددًا.`,
      send: ({ count }, f) =>
        f.plural(count, { zero: "إرسال الدعوات", one: "إرسال دعوة واحدة", two: "إرسال دعوتين", few: "إرسال # دعوات", many: "إرسال # دعوة", other: "إرسال # دعوة" }),
      nothingToSend: "أصلح الصفوف التي فيها مشكلات أو أزلها لتتمكن من الإرسال.",
      progressLabel: "جارٍ إرسال الدعوات",
      progress: ({ done, total }, f) => `أُرسل ${f.count(done)} من ${f.count(total)}`,
      cancel: "التوقف بعد هذه الدفعة",
      cancelling: "جارٍ التوقف بعد هذه الدفعة…",
      resultSummary: ({ invited, notInvited }, f) =>
        notInvited === 0
          ? `${f.plural(invited, INVITATIONS_SENT)}.`
          : `${f.plural(invited, INVITATIONS_SENT)}؛ ${f.plural(notInvited, {
              zero: "ودُعي الجميع",
              one: "ولم يُدعَ شخص واحد: أصلح صفّه وأعد المحاولة",
              two: "ولم يُدعَ شخصان: أصلح صفّيهما وأعد المحاولة",
              few: "ولم يُدعَ # أشخاص: أصلح صفوفهم وأعد المحاولة",
              many: "ولم يُدعَ # شخصًا: أصلح صفوفهم وأعد المحاولة",
              other: "ولم يُدعَ # شخص: أصلح صفوفهم وأعد المحاولة",
            })}.`,
      retryFailed: ({ count }, f) =>
        f.plural(count, { zero: "إعادة المحاولة", one: "إعادة محاولة صف واحد", two: "إعادة محاولة صفين", few: "إعادة محاولة # صفوف", many: "إعادة محاولة # صفًا", other: "إعادة محاولة # صف" }),
      startOver: "البدء من جديد",
    },
    memberEdit: {
      title: ({ name }) => `تعديل دور ${isolate(name)} ومجموعاته`,
      roleLabel: "الدور",
      groupsLabel: "المجموعات",
      save: "حفظ التغييرات",
      saving: "جارٍ الحفظ…",
      cancel: "إلغاء",
      conflict: ({ name }) => `غيّر شخص آخر بيانات ${isolate(name)}. يظهر الآن دوره ومجموعاته الحالية؛ راجعها واحفظ مجددًا.`,
      failed: ({ reason }) => `لم يُحفظ: ${reason} اختياراتك محفوظة.`,
      retry: "إعادة المحاولة",
      startAgain: "تعديل القيم الحالية",
      currentValues: "القيم الحالية",
      noGroups: "لا توجد مجموعات في مساحة العمل هذه.",
    },
    table: {
      workspaceCaption: ({ workspace }) => `أعضاء ${isolate(workspace)}`,
      instanceCaption: "جميع المستخدمين",
      columns: {
        ...COLUMN_NAMES,
        workspaces: "مساحات العمل",
        actions: "الإجراءات",
      },
      sortBy: ({ column }) => `الترتيب حسب ${column}`,
      sortedAscending: "مرتّب تصاعديًا",
      sortedDescending: "مرتّب تنازليًا",
      searchLabel: "البحث في الأعضاء",
      searchPlaceholder: "ابحث بالاسم أو البريد الإلكتروني",
      clearSearch: "مسح البحث",
      statusFilterLabel: "الحالة",
      roleFilterLabel: "الدور",
      allStatuses: "كل الحالات",
      allRoles: "كل الأدوار",
      clearFilters: "مسح عوامل التصفية",
      loading: "جارٍ تحميل الأعضاء…",
      empty: "لا أعضاء بعد",
      emptyHint: "ادعُ أشخاصًا لمنحهم صلاحية الوصول.",
      noMatches: "لا يوجد أعضاء مطابقون",
      noMatchesHint: "جرّب بحثًا آخر أو امسح عوامل التصفية.",
      errorTitle: "تعذّر تحميل الأعضاء",
      retry: "إعادة المحاولة",
      paginationLabel: "التنقل بين الصفحات",
      pageRange: ({ from, to, total }, f) =>
        total === null ? isolate(`${f.count(from)}–${f.count(to)}`) : `${isolate(`${f.count(from)}–${f.count(to)}`)} من ${f.count(total)}`,
      pageOf: ({ page, pages }, f) => `الصفحة ${f.count(page)} من ${f.count(pages)}`,
      previousPage: "الصفحة السابقة",
      nextPage: "الصفحة التالية",
      firstPage: "الصفحة الأولى",
      lastPage: "الصفحة الأخيرة",
      pageSize: "عدد الصفوف في الصفحة",
      billableSeats: ({ count }, f) => f.plural(count, SEATS),
      memberCount: ({ count }, f) => f.plural(count, { "=0": "لا أعضاء", ...MEMBERS }),
      selectRow: ({ name }) => `تحديد ${isolate(name)}`,
      selectPage: "تحديد كل أعضاء هذه الصفحة",
      selectedCount: ({ count }, f) =>
        f.plural(count, { zero: "لم يُحدَّد أحد", one: "عضو واحد محدد", two: "عضوان محددان", few: "# أعضاء محددون", many: "# عضوًا محددًا", other: "# عضو محدد" }),
      clearSelection: "مسح التحديد",
      selectionToggle: "تحديد",
      selectionOn: "التحديد مفعّل: أصبح لكل صف مربع اختيار.",
      selectionOff: "التحديد متوقف.",
      bulkArchive: "أرشفة المحددين",
      bulkDeactivate: "تعطيل المحددين",
      bulkTitle: ({ count, action }, f) => `${action === "archive" ? "أرشفة" : "تعطيل"} ${f.plural(count, MEMBERS_GENITIVE)}؟`,
      bulkDescription: ({ action }) =>
        `${action === "archive" ? "يفقد الأعضاء المؤرشفون الوصول إلى مساحة العمل هذه وتتوقف دعواتهم المعلّقة عن العمل." : "لا يستطيع الأعضاء المعطّلون تسجيل الدخول بعد الآن."} يُغيَّر كل عضو على حدة: يُتخطّى من لا يحق لك تغييرهم، وتُعرض كل النتائج. لا يُحذف أي شيء.`,
      bulkConfirm: ({ count, action }, f) => `${action === "archive" ? "أرشفة" : "تعطيل"} ${f.plural(count, MEMBERS_GENITIVE)}`,
      bulkApplying: "جارٍ التطبيق…",
      bulkResultsLabel: "النتائج",
      bulkSucceeded: ({ name, status }) => `${isolate(name)}: ${nowStatus(status)}`,
      bulkRefused: ({ name, reason }) => `${isolate(name)}: لم يتغير. ${reason}`,
      bulkFailed: ({ name, reason }) => `${isolate(name)}: فشل التغيير. ${reason}`,
      bulkWaiting: ({ name }) => `${isolate(name)}: بالانتظار…`,
      bulkSummary: ({ succeeded, refused, failed }, f) =>
        [`تغيّر: ${f.count(succeeded)}`, ...(refused > 0 ? [`رُفض: ${f.count(refused)}`] : []), ...(failed > 0 ? [`فشل: ${f.count(failed)}`] : [])].join("، ") + ".",
      close: "إغلاق",
      unsupported: ({ feature }) =>
        `لا يستطيع الخادم ${{ search: "البحث", filterByStatus: "التصفية حسب الحالة", filterByRole: "التصفية حسب الدور", filterByMetadata: "التصفية حسب هذا الحقل", sort: "الترتيب حسب هذا العمود", page: "الانتقال إلى هذه الصفحة" }[feature]}؛ وتصفية الصفحة المعروضة وحدها قد تُخفي أعضاء.`,
      membershipCount: ({ count }, f) =>
        f.plural(count, {
          "=0": "لا مساحات عمل",
          one: "مساحة عمل واحدة",
          two: "مساحتا عمل",
          few: "# مساحات عمل",
          many: "# مساحة عمل",
          other: "# مساحة عمل",
        }),
      noMetadataValue: "غير محدد",
      anyValue: "كل القيم",
      scrollHint: "مرّر أفقيًا لرؤية كل الأعمدة.",
    },
    export: {
      trigger: "تصدير CSV",
      title: "تصدير الأعضاء بصيغة CSV",
      description: ({ filtered }) =>
        `${filtered ? "كل عضو يطابق البحث وعوامل التصفية الحالية" : "كل أعضاء هذه القائمة"}، بترتيب الفرز الحالي، عبر كل الصفحات.`,
      columnsLegend: "الأعمدة",
      columns: {
        ...COLUMN_NAMES,
        metadata: "كل البيانات الوصفية (JSON)",
      },
      noColumns: "اختر عمودًا واحدًا على الأقل.",
      submit: "تصدير",
      cancel: "إلغاء",
      progress: ({ count }, f) =>
        f.plural(count, {
          "=0": "جارٍ التصدير…",
          one: "جارٍ التصدير… عضو واحد حتى الآن",
          two: "جارٍ التصدير… عضوان حتى الآن",
          few: "جارٍ التصدير… # أعضاء حتى الآن",
          many: "جارٍ التصدير… # عضوًا حتى الآن",
          other: "جارٍ التصدير… # عضو حتى الآن",
        }),
      stop: "إيقاف التصدير",
      done: ({ count, fileName }, f) =>
        f.plural(count, {
          "=0": `لم يُصدَّر أي عضو إلى ${isolate(fileName)}.`,
          one: `صُدِّر عضو واحد إلى ${isolate(fileName)}.`,
          two: `صُدِّر عضوان إلى ${isolate(fileName)}.`,
          few: `صُدِّر # أعضاء إلى ${isolate(fileName)}.`,
          many: `صُدِّر # عضوًا إلى ${isolate(fileName)}.`,
          other: `صُدِّر # عضو إلى ${isolate(fileName)}.`,
        }),
      failed: ({ reason }) => `فشل التصدير: ${reason} اختيارك محفوظ؛ حاول مجددًا.`,
      retry: "إعادة المحاولة",
      close: "إغلاق",
    },
    details: {
      title: ({ name }) => `تفاصيل ${isolate(name)}`,
      close: "إغلاق التفاصيل",
      status: "الحالة",
      email: "البريد الإلكتروني",
      role: "الدور",
      groups: "المجموعات",
      workspaces: "مساحات العمل",
      metadata: "البيانات الوصفية",
      noMetadata: "لا يوجد",
      invitedAt: "تاريخ الدعوة",
      lastActiveAt: "آخر نشاط",
      actions: "الإجراءات",
      loading: "جارٍ تحميل العضو…",
      otherWorkspaces: "مساحات العمل الأخرى",
    },
    activity: {
      timelineTitle: "السجل",
      logTitle: "النشاط",
      showLog: "النشاط",
      showMembers: "الأعضاء",
      viewsLabel: "العرض",
      byline: {
        invite: ({ actor }) => `دُعي بواسطة ${isolate(actor)}`,
        acceptInvitation: ({ actor, self }) => (self ? "قبِل الدعوة" : `قُبلت الدعوة بواسطة ${isolate(actor)}`),
        resendInvitation: ({ actor }) => `أُعيد إرسال الدعوة بواسطة ${isolate(actor)}`,
        revokeInvitation: ({ actor }) => `أُلغيت الدعوة بواسطة ${isolate(actor)}`,
        archive: ({ actor }) => `أُرشف بواسطة ${isolate(actor)}`,
        unarchive: ({ actor }) => `أُلغيت أرشفته بواسطة ${isolate(actor)}`,
        deactivate: ({ actor }) => `عُطّل بواسطة ${isolate(actor)}`,
        reactivate: ({ actor }) => `أُعيد تفعيله بواسطة ${isolate(actor)}`,
        changeRole: ({ actor }) => `غُيّر الدور بواسطة ${isolate(actor)}`,
        changeGroups: ({ actor, self }) => (self ? "غيّر مجموعاته بنفسه" : `غُيّرت المجموعات بواسطة ${isolate(actor)}`),
        updateMember: ({ actor, self }) => (self ? "حدّث بياناته بنفسه" : `حُدّثت بياناته بواسطة ${isolate(actor)}`),
      },
      sentence: {
        invite: ({ actor, target }) => `${isolate(actor)} دعا ${isolate(target)}`,
        acceptInvitation: ({ target }) => `${isolate(target)} قبِل الدعوة`,
        resendInvitation: ({ actor, target }) => `${isolate(actor)} أعاد إرسال الدعوة إلى ${isolate(target)}`,
        revokeInvitation: ({ actor, target }) => `${isolate(actor)} ألغى دعوة ${isolate(target)}`,
        archive: ({ actor, target }) => `${isolate(actor)} أرشف ${isolate(target)}`,
        unarchive: ({ actor, target }) => `${isolate(actor)} ألغى أرشفة ${isolate(target)}`,
        deactivate: ({ actor, target }) => `${isolate(actor)} عطّل ${isolate(target)}`,
        reactivate: ({ actor, target }) => `${isolate(actor)} أعاد تفعيل ${isolate(target)}`,
        changeRole: ({ actor, target }) => `${isolate(actor)} غيّر دور ${isolate(target)}`,
        changeGroups: ({ actor, target, self }) => (self ? `${isolate(target)} غيّر مجموعاته بنفسه` : `${isolate(actor)} غيّر مجموعات ${isolate(target)}`),
        updateMember: ({ actor, target, self }) => (self ? `${isolate(target)} حدّث بياناته بنفسه` : `${isolate(actor)} حدّث بيانات ${isolate(target)}`),
      },
      instanceLevel: "كل مساحات العمل",
      when: ({ date, relative }) => `${isolate(date)} (${relative})`,
      statusChange: ({ before, after }) => (before === null ? `الحالة: ${after}` : `الحالة: من ${before} إلى ${after}`),
      roleChange: ({ before, after }) => (before === null ? `الدور: ${isolate(after)}` : `الدور: من ${isolate(before)} إلى ${isolate(after)}`),
      groupsAdded: ({ groups }, f) => `أُضيف إلى ${names(groups, f)}`,
      groupsRemoved: ({ groups }, f) => `أُزيل من ${names(groups, f)}`,
      someone: "شخص ما",
      actionFilter: "الإجراء",
      allActions: "كل الإجراءات",
      actionName: {
        invite: "دعوة",
        acceptInvitation: "قبول الدعوة",
        resendInvitation: "إعادة إرسال الدعوة",
        revokeInvitation: "إلغاء الدعوة",
        archive: "أرشفة",
        unarchive: "إلغاء الأرشفة",
        deactivate: "تعطيل",
        reactivate: "إعادة التفعيل",
        changeRole: "تغيير الدور",
        changeGroups: "تغيير المجموعات",
        updateMember: "تحديث",
      },
      personFilter: "الشخص",
      personHint: "اسم أو بريد إلكتروني من السجل.",
      personRole: "دوره في التغيير",
      personAsActor: "أجرى التغيير",
      personAsTarget: "طاله التغيير",
      personUnknown: ({ text }) => `لا أحد في السجل يطابق ${q(text)}. اختر اسمًا من القائمة أو امسح الحقل.`,
      applyFilters: "تصفية",
      clearFilters: "مسح عوامل التصفية",
      filtersLabel: "تصفية النشاط",
      loading: "جارٍ تحميل النشاط…",
      loadMore: "تحميل المزيد",
      loadingMore: "جارٍ تحميل المزيد…",
      emptyTimeline: "لم تُسجَّل أي تغييرات بعد.",
      emptyLog: "لم يُسجَّل أي نشاط بعد.",
      emptyFiltered: "لا نشاط يطابق عوامل التصفية هذه.",
      end: "هذا هو السجل كاملًا.",
      failed: ({ reason }) => `تعذّر تحميل النشاط. ${reason}`,
      retry: "إعادة المحاولة",
      loaded: ({ count, more }, f) =>
        `${f.plural(count, { "=0": "لا أحداث معروضة.", one: "يُعرض حدث واحد.", two: "يُعرض حدثان.", few: "تُعرض # أحداث.", many: "يُعرض # حدثًا.", other: "يُعرض # حدث." })}${more ? " يمكن تحميل أحداث أقدم." : ""}`,
    },
    announcements: {
      statusChanged: ({ name, status }) => `${isolate(name)}: ${nowStatus(status)}`,
      statusChangeFailed: ({ name, reason }) => `لم يتغير ${isolate(name)}: ${reason}`,
      statusConflict: ({ name, status }) =>
        `لم يتغير ${isolate(name)}: سبقك شخص آخر إلى تغييره.${status === null ? "" : ` حالته الآن: ${status}.`} راجع حالته الحالية.`,
      invitationsSent: ({ count }, f) => `${f.plural(count, INVITATIONS_SENT)}.`,
      invitationResent: ({ email }) => `أُعيد إرسال الدعوة إلى ${isolate(email)}.`,
      linkCopied: "نُسخ رابط الدعوة.",
      linkCopyFailed: "تعذّر نسخ رابط الدعوة.",
      memberUpdated: ({ name }) => `تم تحديث ${isolate(name)}.`,
      listLoaded: ({ count, total }, f) =>
        total === null
          ? f.plural(count, { "=0": "لا أعضاء معروضين.", one: "يُعرض عضو واحد.", two: "يُعرض عضوان.", few: "يُعرض # أعضاء.", many: "يُعرض # عضوًا.", other: "يُعرض # عضو." })
          : f.plural(total, { "=0": "لم يُعثر على أعضاء.", one: "عُثر على عضو واحد.", two: "عُثر على عضوين.", few: "عُثر على # أعضاء.", many: "عُثر على # عضوًا.", other: "عُثر على # عضو." }),
      sortChanged: ({ column, direction }) => `الترتيب حسب ${column}، ${direction === "asc" ? "تصاعديًا" : "تنازليًا"}.`,
    },
    errors: {
      forbidden: "غير مسموح لك بتنفيذ هذا الإجراء.",
      not_found: "هذا العضو لم يعد موجودًا.",
      conflict: "غيّر شخص آخر بيانات هذا العضو. راجع حالته الحالية وحاول مجددًا.",
      validation: "بعض الحقول تحتاج إلى مراجعة.",
      last_admin: "سيترك هذا مساحة عمل دون مشرف نشط.",
      archived_in_instance: "هذا المستخدم مؤرشف على مستوى المثيل. يجب أن يلغي مشرف عام أرشفته أولًا.",
      duplicate: "هذا الشخص عضو في مساحة العمل بالفعل.",
      invalid_transition: "لا ينطبق هذا الإجراء على حالة العضو الحالية.",
      rate_limited: "طلبات كثيرة جدًا. انتظر لحظة ثم حاول مجددًا.",
      idempotency_mismatch: "رُفض هذا الطلب لأنه كرّر طلبًا سابقًا مختلفًا عنه. لم يتغير شيء؛ حاول مجددًا.",
      limit_exceeded: "هذا الطلب كبير جدًا. أرسل عددًا أقل من الأشخاص أو بيانات أقل في المرة الواحدة.",
      network: "تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مجددًا.",
      timeout: "لم يستجب الخادم في الوقت المحدد. تحقق من اتصالك وحاول مجددًا.",
      unknown: "حدث خطأ ما. حاول مجددًا.",
    },
    denials: {
      "R1.notMember": () => "لا يرى أعضاءَ مساحة العمل هذه إلا أعضاؤها.",
      "R1.notAdmin": ({ verb }) => `لا يستطيع ${MANAGE_VERB[verb]} في مساحة العمل هذه إلا مشرفوها.`,
      "R1.activityAdminsOnly": () => "لا يرى نشاطَ مساحة العمل هذه إلا مشرفوها.",
      "R2.notSuperAdmin": ({ verb }) => `لا يستطيع ${INSTANCE_VERB[verb]} إلا المشرفون العامّون.`,
      "R2.instanceArchived": ({ name }) => `${isolate(name)} مؤرشف على مستوى المثيل؛ ولا يستطيع إلغاء أرشفته إلا مشرف عام.`,
      "R2.instanceScope": () => "على مستوى المثيل، لا يمكن إلا أرشفة المستخدمين أو إلغاء أرشفتهم؛ افتح مساحة عمل لبقية الإجراءات.",
      "R4.self": () => "لا يمكنك تغيير حالتك بنفسك: اطلب ذلك من مشرف آخر، حتى لا تمنع نفسك من الوصول.",
      "R4.superAdmin": ({ part }) => `لا يستطيع تغيير ${SUPER_ADMIN_PART[part]} مشرف عام إلا المشرفون العامّون.`,
      "R5.unknownRole": ({ role }) => `${q(role)} ليس دورًا في مساحة العمل هذه.`,
      "R5.noWorkspace": () => "يُدعى الأعضاء إلى مساحة عمل: اختر واحدة للدعوة إليها.",
      "R5.nothingToChange": ({ name }) => `لا شيء لتغييره لدى ${isolate(name)}: حدّد دورًا جديدًا أو مجموعات جديدة أو كليهما.`,
      "R5.unknownGroups": ({ workspaceName, groups, count }, f) =>
        `${f.plural(count, { zero: "لا توجد مجموعات", one: "لا توجد مجموعة", two: "لا توجد مجموعتان", few: "لا توجد مجموعات", many: "لا توجد مجموعات", other: "لا توجد مجموعات" })} ${f.list(groups.map(q))} في ${isolate(workspaceName)}؛ اختر من مجموعات مساحة العمل هذه.`,
      "R7.alreadyMember": ({ email, status }) => `${isolate(email)} عضو في مساحة العمل هذه بالفعل، وحالته: ${STATUS[status]}.`,
      "R7.restoreInstead": ({ email, status, offer }) =>
        `حالة ${isolate(email)} في مساحة العمل هذه: ${STATUS[status]}؛ ${offer === "unarchive" ? "ألغِ أرشفته" : "أعد تفعيله"} بدلًا من دعوته مجددًا.`,
      "R8.archivedInInstance": ({ email }) => `${isolate(email)} مؤرشف على مستوى المثيل ولا يمكن دعوته. يجب أن يلغي مشرف عام أرشفته أولًا.`,
      "R10.noPendingInvitation": ({ name, verb }) =>
        `ليست لدى ${isolate(name)} دعوة معلّقة${verb === "resendInvitation" ? " يمكن إعادة إرسالها" : ""}.`,
      "R10.cloudLinks": () => "لا يمكن نسخ روابط الدعوات إلا في النشر الذاتي الاستضافة؛ أما في الخدمة السحابية فتُرسل الدعوات بالبريد الإلكتروني.",
      "R11.alreadyArchived": ({ name }) => `${isolate(name)} مؤرشف بالفعل في مساحة العمل هذه.`,
      "R12.alreadyArchived": ({ name }) => `${isolate(name)} مؤرشف بالفعل على مستوى المثيل.`,
      "R12.accountArchived": () => "هذا الحساب مؤرشف؛ اطلب من مشرف عام إلغاء أرشفته.",
      "R13.notArchived": ({ name, status }) =>
        `لا يمكن إلغاء الأرشفة على مستوى المثيل إلا للمستخدمين المؤرشفين عليه؛ وحالة ${isolate(name)}: ${STATUS[status]}.`,
      "R14.notArchived": ({ name, status }) => `لا يمكن إلغاء أرشفة إلا الأعضاء المؤرشفين؛ وحالة ${isolate(name)}: ${STATUS[status]}.`,
      "R15.lastAdmin": ({ name, verb, workspaceNames, count }, f) =>
        `${isolate(name)} هو آخر مشرف نشط في ${names(workspaceNames, f)}؛ و${LAST_ADMIN_DOING[verb]} لن يبقى ${f.plural(count, { zero: "فيها", one: "فيها", two: "فيهما", few: "فيها", many: "فيها", other: "فيها" })} أي مشرف. اجعل شخصًا آخر مشرفًا أولًا.`,
      "R17.notActive": ({ name, status }) => `لا يمكن تعطيل إلا الأعضاء النشطين؛ وحالة ${isolate(name)}: ${STATUS[status]}.`,
      "R18.notInactive": ({ name, status }) => `لا يمكن إعادة تفعيل إلا الأعضاء غير النشطين؛ وحالة ${isolate(name)}: ${STATUS[status]}.`,
      "R24.otherLifecycle": ({ verb, lifecycle }) =>
        `لا يمكن ${LIFECYCLE_VERB[verb]} الأعضاء هنا: مساحة العمل هذه ${lifecycle === "archive" ? "تؤرشف الأعضاء وتلغي أرشفتهم" : "تعطّل الأعضاء وتعيد تفعيلهم"} بدلًا من ذلك.`,
      "R24.notActive": ({ name, status, part }) =>
        `لا يمكن تغيير ${part === "role" ? "دور" : "مجموعات"} إلا الأعضاء النشطين؛ وحالة ${isolate(name)}: ${STATUS[status]}.`,
      "R27.notPending": () => "لم تعد هذه الدعوة معلّقة.",
    },
    validation: {
      name_required: () => "أدخل اسمًا.",
      name_too_long: ({ length, limit }, f) => `لا يمكن أن يتجاوز الاسم ${f.plural(limit, CHARACTERS)}؛ وهذا الاسم فيه ${f.plural(length, CHARACTERS)}.`,
      name_malformed_unicode: () => "يحتوي الاسم على حرف تالف (نصف رمز تعبيري أو رمز)؛ اكتبه مجددًا.",
      name_control_character: ({ codePoint }) => `لا يمكن أن يحتوي الاسم على محارف تحكم مثل الجدولة أو فواصل الأسطر أو NUL (هنا ${codePoint}).`,
      name_bidi_control: ({ codePoint }) =>
        `لا يمكن أن يحتوي الاسم على محارف تعكس اتجاه النص أو تعزله (هنا ${codePoint}): فهي تجعله يُقرأ بخلاف ما هو محفوظ.`,
      name_invisible: () => "لا يحتوي الاسم على أي حرف مرئي؛ أدخل اسمًا.",
      name_invisible_character: ({ codePoint }) => `يحتوي الاسم على محرف غير مرئي (${codePoint})؛ اكتبه مجددًا بدلًا من لصقه.`,
      email_required: () => "أدخل عنوان بريد إلكتروني.",
      email_too_long: ({ length, limit }, f) =>
        `لا يمكن أن يتجاوز عنوان البريد الإلكتروني ${f.plural(limit, CHARACTERS)}؛ وهذا العنوان فيه ${f.plural(length, CHARACTERS)}.`,
      email_malformed_unicode: () => "يحتوي عنوان البريد الإلكتروني على حرف تالف (نصف رمز تعبيري أو رمز)؛ اكتبه مجددًا.",
      email_whitespace: () => "لا يمكن أن يحتوي عنوان البريد الإلكتروني على مسافات أو محارف جدولة أو فواصل أسطر.",
      email_invisible_character: ({ codePoint }) =>
        `يحتوي عنوان البريد الإلكتروني على محرف غير مرئي أو محرف تحكم (${codePoint})؛ اكتبه مجددًا بدلًا من لصقه.`,
      email_lookalike_at: ({ email, character }) => `يستخدم ${q(email)} المحرف ${char(character)} الذي يشبه «@» وليس هو؛ اكتب «@» مجددًا.`,
      email_missing_at: ({ email }) => `ينقص ${q(email)} المحرف «@».`,
      email_local_missing: () => "أضف الجزء الذي يسبق «@».",
      email_domain_missing: () => "أضف النطاق بعد «@»، مثل example.com.",
      email_local_too_long: ({ length, limit }, f) => `لا يمكن أن يتجاوز الجزء الذي يسبق «@» ${f.plural(limit, CHARACTERS)}؛ وهذا الجزء فيه ${f.plural(length, CHARACTERS)}.`,
      email_local_invalid_character: ({ character }) =>
        `يحتوي الجزء الذي يسبق «@» على ${char(character)}، وهو غير مسموح به هناك؛ استخدم الحروف A–Z والأرقام ورموزًا مثل ${isolate(". _ + -")}.`,
      email_local_dots: () => "لا يمكن أن يبدأ الجزء الذي يسبق «@» بنقطة أو ينتهي بها، ولا أن يحتوي على نقطتين متتاليتين.",
      email_domain_invalid: ({ domain, character }) =>
        character === undefined ? `النطاق ${q(domain)} ليس اسم نطاق صالحًا.` : `يحتوي النطاق ${q(domain)} على ${char(character)}، وهو محرف لا يقبله اسم النطاق.`,
      email_domain_mixed_script: ({ domain, label, scripts }, f) =>
        `يخلط النطاق ${q(domain)} بين الحروف ${f.list(scripts.map((script) => SCRIPT[script] ?? script))} في ${q(label)}، وهي طريقة شائعة لانتحال نطاق آخر؛ اكتبه بأبجدية واحدة.`,
      email_domain_numeric: ({ domain }) => `ينتهي النطاق ${q(domain)} برقم؛ يحتاج البريد الإلكتروني إلى اسم نطاق مثل example.com، لا إلى عنوان IP.`,
      email_domain_no_dot: ({ domain }) => `يحتاج النطاق ${q(domain)} إلى نقطة، مثل example.com.`,
      email_label_too_long: ({ label, length, limit }, f) =>
        `لا يمكن أن يتجاوز كل جزء من النطاق بين نقطتين ${f.plural(limit, CHARACTERS)}؛ والجزء ${q(label)} فيه ${f.plural(length, CHARACTERS)}.`,
      role_required: () => "اختر دورًا.",
      role_unknown: ({ role, roles }, f) => `${q(role)} ليس دورًا هنا؛ اختر واحدًا من: ${names(roles, f)}.`,
      groups_invalid: () => "يجب أن تكون المجموعات قائمة بمعرّفات مجموعات.",
      groups_unknown: ({ groups, count }, f) => `${f.plural(count, { zero: "مجموعات غير معروفة", one: "مجموعة غير معروفة", two: "مجموعتان غير معروفتان", few: "مجموعات غير معروفة", many: "مجموعات غير معروفة", other: "مجموعات غير معروفة" })}: ${names(groups, f)}.`,
      metadata_too_large: (params, f) =>
        "bytes" in params
          ? `حجم البيانات الوصفية ${f.count(params.bytes)} بايت؛ والحد الأقصى ${f.count(params.limit)} بايت.`
          : `طول البيانات الوصفية ${f.plural(params.length, CHARACTERS)}؛ والحد الأقصى ${f.count(params.limit)} بايت، لذلك لم تُقرأ. احذف جزءًا منها.`,
      metadata_not_object: ({ type }) => `يجب أن تكون البيانات الوصفية كائن JSON مثل {"team": "design"}، لا ${JSON_TYPE[type]}.`,
      metadata_not_flat: ({ key, type }) =>
        `يجب أن تكون البيانات الوصفية مسطّحة: المفتاح ${q(key)} يحتوي على ${JSON_TYPE[type]}؛ استخدم نصًا أو رقمًا أو قيمة منطقية أو null.`,
      metadata_number_out_of_range: ({ key }) => `الرقم في المفتاح ${q(key)} من البيانات الوصفية أكبر من أن يُحفظ؛ اكتبه نصًا.`,
      metadata_malformed_unicode: ({ key }) => `يحتوي المدخل ${q(key)} من البيانات الوصفية على حرف تالف (نصف رمز تعبيري أو رمز) لا يمكن حفظه.`,
      metadata_nul_character: ({ key }) => `يحتوي المدخل ${q(key)} من البيانات الوصفية على المحرف NUL ${isolate("(\\u0000)")} الذي لا تستطيع قواعد البيانات حفظه؛ احذفه.`,
      json_unexpected_end: ({ expected }) => unexpected(expected, ""),
      json_unexpected_character: ({ expected, found }) => unexpected(expected, found),
      json_trailing_content: ({ found }) => `${char(found)} غير متوقع بعد نهاية قيمة JSON.`,
      json_unterminated_string: () => "نص غير مكتمل: تنقصه علامة الاقتباس المزدوجة الختامية.",
      json_control_character: ({ codePoint }) => `يجب تهريب محرف التحكم ${codePoint} داخل النصوص.`,
      json_invalid_escape: ({ escape }) =>
        `تسلسل هروب غير صالح ${q(escape)} في نص${escape.startsWith("\\u") ? `: يحتاج ${isolate("\\u")} إلى أربعة أرقام ست عشرية` : ""}.`,
      json_duplicate_key: ({ key }) => `المفتاح ${qKey(key)} مكرر في الكائن نفسه؛ يجوز أن يظهر كل مفتاح مرة واحدة فقط.`,
      json_forbidden_key: ({ key }) => `المفتاح ${qKey(key)} غير مسموح به.`,
      json_too_deep: ({ limit }, f) => `يتداخل JSON في الكائنات والمصفوفات أعمق من ${f.plural(limit, LEVELS)}، وهو الحد الأقصى.`,
      json_too_long: ({ length, limit }, f) => `طول النص ${f.plural(length, CHARACTERS)}؛ والحد الأقصى ${f.plural(limit, CHARACTERS)}.`,
      json_not_text: ({ type }) => `كان متوقعًا نص JSON، لا ${TYPEOF[type] ?? type}.`,
    },
    console: {
      allUsers: "جميع المستخدمين",
      scopeLabel: "مساحة العمل",
      loadingTitle: "جارٍ التحميل…",
      seatCountHint: "يُحتسب الأعضاء النشطون والمدعوون وبانتظار التسجيل؛ أما المؤرشفون وغير النشطين فلا.",
      partFailed: ({ part }) =>
        `تعذّر عرض ${CONSOLE_PART[part]} بسبب خطأ. بقية الصفحة ما زالت تعمل${part === "invite" ? " ولم يضِع شيء مما كتبته" : ""}.`,
      partRetry: "إعادة المحاولة",
      partClose: "إغلاق",
      partLoading: ({ part }) =>
        part === "invite" ? "جارٍ فتح نموذج الدعوة…" : `جارٍ تحميل ${CONSOLE_PART[part]}…`,
    },
  },
};
