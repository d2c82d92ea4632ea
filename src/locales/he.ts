import type { BulkInviteField } from "../core/bulk-invite";
import type { InstanceVerb, LastAdminVerb, ManageVerb, SuperAdminPart } from "../core/denials";
import type { MemberStatus } from "../core/domain.types";
import type { JsonExpected } from "../core/json-parse";
import type { JsonValueType } from "../core/validation";
import type { PluralForms, RosterFormat } from "../react/format";
import { describeCharacter, isolate, quoteText } from "../react/format";
import type { ConsolePart, RosterLocale, RosterMessages } from "../react/messages";

// Names, emails and workspaces keep their own direction inside Hebrew sentences (isolate); typed text is
// quoted and cut like the English sentences.
const q = (text: string): string => quoteText(text, '"\u2068', '\u2069"');
const qKey = (text: string): string => quoteText(text, '"\u2068', '\u2069"', 40);
const char = (found: string): string => describeCharacter(found, '"', '"');
const names = (items: readonly string[], f: RosterFormat): string => f.list(items.map(isolate));

const STATUS: Readonly<Record<MemberStatus, string>> = {
  requested: "ממתין להרשמה",
  invited: "הוזמן",
  active: "פעיל",
  archived: "בארכיון",
  inactive: "לא פעיל",
};

const MEMBERS: PluralForms = { one: "חבר אחד", two: "שני חברים", other: "# חברים" };
const SEATS: PluralForms = { one: "מושב אחד בתשלום", two: "שני מושבים בתשלום", other: "# מושבים בתשלום" };
const WORKSPACES: PluralForms = { one: "סביבת עבודה אחת", two: "שתי סביבות עבודה", other: "# סביבות עבודה" };
const PEOPLE: PluralForms = { one: "אדם אחד", two: "שני אנשים", other: "# אנשים" };
const INVITATIONS_SENT: PluralForms = { one: "נשלחה הזמנה אחת", two: "נשלחו שתי הזמנות", other: "נשלחו # הזמנות" };
const CHARACTERS: PluralForms = { one: "תו אחד", two: "שני תווים", other: "# תווים" };
const LEVELS: PluralForms = { one: "רמה אחת", two: "שתי רמות", other: "# רמות" };

const FIELD: Readonly<Record<BulkInviteField, string>> = {
  name: "השם",
  email: "כתובת הדוא״ל",
  role: "התפקיד",
  groups: "הקבוצות",
  metadata: "המטא־נתונים",
};

/** What is done to members, as an infinitive after "can" or "cannot": R1's denials and the other lifecycle's. */
const MANAGE_VERB: Readonly<Record<ManageVerb, string>> = {
  invite: "להזמין חברים",
  archive: "להעביר חברים לארכיון",
  unarchive: "להוציא חברים מהארכיון",
  deactivate: "להשבית חברים",
  reactivate: "להפעיל מחדש חברים",
  edit: "לערוך חברים",
};

const INSTANCE_VERB: Readonly<Record<InstanceVerb, string>> = {
  archiveInstance: "להעביר לארכיון ברמת המופע",
  unarchiveInstance: "להוציא מהארכיון ברמת המופע",
  viewInstanceUsers: 'לראות את "כל המשתמשים" של המופע',
  viewInstanceActivity: "לראות את הפעילות של המופע כולו",
};

const SUPER_ADMIN_PART: Readonly<Record<SuperAdminPart, string>> = { status: "הסטטוס", role: "התפקיד", groups: "הקבוצות" };

const LAST_ADMIN_DOING: Readonly<Record<LastAdminVerb, string>> = {
  archive: "העברה שלו לארכיון",
  archiveInstance: "העברה שלו לארכיון ברמת המופע",
  deactivate: "השבתה שלו",
  changeRole: "הסרת תפקיד המנהל שלו",
};

const JSON_TYPE: Readonly<Record<JsonValueType, string>> = {
  null: "null",
  array: "מערך",
  object: "אובייקט",
  string: "מחרוזת",
  number: "מספר",
  boolean: "ערך בוליאני",
  other: "ערך ש-JSON לא יכול להכיל",
};

const SCRIPT: Readonly<Record<string, string>> = {
  Latin: "לטיניות",
  Cyrillic: "קיריליות",
  Greek: "יווניות",
  Armenian: "ארמניות",
  Cherokee: "צ׳רוקיות",
};

const EXPECTED: Readonly<Record<Exclude<JsonExpected, "value">, string>> = {
  propertyName: "צפוי שם מאפיין במירכאות כפולות",
  colon: 'צפוי ":"',
  commaOrBracket: 'צפוי "," או "]" אחרי פריט במערך',
  commaOrBrace: 'צפוי "," או "}" אחרי ערך של מאפיין',
};

const TYPEOF: Readonly<Record<string, string>> = {
  undefined: "ערך לא מוגדר",
  number: "מספר",
  boolean: "ערך בוליאני",
  object: "אובייקט",
  bigint: "מספר שלם גדול",
  symbol: "סמל",
  function: "פונקציה",
};

function unexpected(expected: JsonExpected, found: string): string {
  if (expected === "value") return found === "" ? "סוף לא צפוי של הטקסט: חסר ערך." : `${char(found)} לא צפוי: צפוי ערך.`;
  return `${EXPECTED[expected]}, אבל נמצא ${found === "" ? "סוף הטקסט" : char(found)}.`;
}

/** A part of the console by its name, as the error and loading messages say it. */
const CONSOLE_PART: Readonly<Record<ConsolePart, string>> = {
  "seat-count": "ספירת המושבים",
  "scope-switcher": "בורר סביבות העבודה",
  invite: "טופס ההזמנה",
  table: "טבלת החברים",
  details: "פרטי החבר",
  confirm: "חלון האישור",
  activity: "הפעילות",
  export: "ייצוא ה-CSV",
  bulk: "הפעולות המרוכזות",
  menu: "תפריט הפעולות",
};

/** The status changes by name: the row menu's items and the confirm modal's buttons say the same. */
const STATUS_ACTIONS: RosterMessages["confirm"]["confirm"] = {
  archive: "העברת המשתמש לארכיון",
  unarchive: "הוצאת המשתמש מהארכיון",
  archiveInstance: "העברה לארכיון ברמת המופע",
  unarchiveInstance: "הוצאה מהארכיון ברמת המופע",
  deactivate: "השבתה",
  reactivate: "הפעלה מחדש",
};

/** The kit's columns by name: the table's headers and the export's choices say the same. */
const COLUMN_NAMES = {
  name: "שם",
  email: "דוא״ל",
  status: "סטטוס",
  role: "תפקיד",
  groups: "קבוצות",
  invitedAt: "הוזמן",
  lastActiveAt: "פעילות אחרונה",
} as const;

/** עברית: Hebrew, written right to left. */
export const he: RosterLocale = {
  locale: "he",
  messages: {
    status: {
      label: STATUS,
      description: {
        archive: {
          requested: "הוזמן לפני שיש לו חשבון; ממתינים להרשמה שלו.",
          invited: "הוזמן; ממתינים לאישור ההזמנה.",
          active: "יש לו גישה.",
          archived: "אין לו גישה. הוצאה מהארכיון שולחת הזמנה חדשה.",
        },
        deactivate: {
          invited: "הוזמן; ממתינים לאישור ההזמנה.",
          active: "יש לו גישה.",
          inactive: "לא יכול להתחבר ולא ניתן להקצות לו משימות. הפעלה מחדש מחזירה את הגישה מיד.",
        },
      },
    },
    actions: {
      ...STATUS_ACTIONS,
      menuLabel: ({ name }) => `פעולות עבור ${isolate(name)}`,
      resendInvitation: "שליחת ההזמנה מחדש",
      copyInvitationLink: "העתקת קישור ההזמנה",
      edit: "עריכת תפקיד וקבוצות",
      viewDetails: "הצגת פרטים",
      archiveRevokesHint: "מבטל את ההזמנה הממתינה.",
      invitationLinkField: ({ name }) => `קישור ההזמנה של ${isolate(name)}`,
      invitationFailed: ({ reason }) => `לא ניתן היה לטפל בהזמנה: ${reason}`,
    },
    member: {
      you: "את/ה",
      superAdmin: "מנהל־על",
      unnamed: "(ללא שם)",
      noGroups: "אין קבוצות",
      moreGroups: ({ count }, f) => `ועוד ${f.count(count)}`,
      groupsLabel: ({ name }) => `הקבוצות של ${isolate(name)}`,
      neverActive: "אף פעם",
    },
    confirm: {
      title: {
        archive: ({ name }) => `להעביר את ${isolate(name)} לארכיון?`,
        unarchive: ({ name }) => `להוציא את ${isolate(name)} מהארכיון?`,
        archiveInstance: ({ name }) => `להעביר את ${isolate(name)} לארכיון בכל המופע?`,
        unarchiveInstance: ({ name }) => `להוציא את ${isolate(name)} מהארכיון ברמת המופע?`,
        deactivate: ({ name }) => `להשבית את ${isolate(name)}?`,
        reactivate: ({ name }) => `להפעיל מחדש את ${isolate(name)}?`,
      },
      confirm: STATUS_ACTIONS,
      pending: {
        archive: "מעביר לארכיון…",
        unarchive: "מוציא מהארכיון…",
        archiveInstance: "מעביר לארכיון…",
        unarchiveInstance: "מוציא מהארכיון…",
        deactivate: "משבית…",
        reactivate: "מפעיל מחדש…",
      },
      cancel: "ביטול",
      consequencesLabel: "מה יקרה",
      accessLostWorkspace: ({ name, workspace }) => `הגישה של ${isolate(name)} אל ${isolate(workspace)} תבוטל. סביבות העבודה האחרות שלו לא יושפעו.`,
      accessLostInstance: ({ name }) =>
        `${isolate(name)} לא יוכל עוד להתחבר ויאבד גישה לכל סביבות העבודה. לא ניתן יהיה להזמין אותו עד שמנהל־על יוציא אותו מהארכיון.`,
      accessLostDeactivate: ({ name }) => `${isolate(name)} לא יוכל עוד להתחבר, יפסיק לקבל התראות ולא ניתן יהיה לשייך אליו רשומות חדשות.`,
      accessRestoredReactivate: ({ name }) => `${isolate(name)} יוכל להתחבר שוב מיד, עם התפקיד והקבוצות שהיו לו קודם.`,
      accessRestoredUnarchive: ({ name, workspace }) => `${isolate(name)} יוזמן שוב אל ${isolate(workspace)} ויקבל גישה מחדש כשיאשר את ההזמנה.`,
      accessRestoredInstance: ({ name }) =>
        `${isolate(name)} יוכל להתחבר ולהיות מוזמן שוב. החברויות שלו יישארו בארכיון עד שהמנהלים של כל סביבת עבודה יוציאו אותן ממנו.`,
      workspacesAffected: ({ workspaces }, f) =>
        f.plural(workspaces.length, {
          one: `סביבת העבודה המושפעת: ${names(workspaces, f)}.`,
          two: `שתי סביבות העבודה המושפעות: ${names(workspaces, f)}.`,
          other: `סביבות העבודה המושפעות: ${names(workspaces, f)}.`,
        }),
      invitationRevoked: "קישור ההזמנה הממתינה שלו יפסיק לעבוד.",
      emailSent: ({ email }) => `הודעת הזמנה תישלח אל ${isolate(email)}.`,
      noEmailSent: "לא תישלח הודעת דוא״ל.",
      seatChange: ({ before, after, workspace }, f) =>
        `${workspace === undefined ? "מושבים בתשלום" : `מושבים בתשלום ב־${isolate(workspace)}`}: מ־${f.count(before)} ל־${f.count(after)}.`,
      seatDelta: ({ delta, workspace }, f) => {
        const seats = f.plural(Math.abs(delta), SEATS);
        const where = workspace === undefined ? "" : ` ב־${isolate(workspace)}`;
        return delta < 0 ? `מפנה ${seats}${where}.` : `תופס ${seats}${where}.`;
      },
      seatUnchanged: "מספר המושבים בתשלום לא משתנה.",
      instanceUnarchived: ({ name }) => `${isolate(name)} יוצא מהארכיון גם ברמת המופע, כך שיוכל להתחבר שוב.`,
      nothingDeleted: "שום דבר שיצר לא יימחק.",
      conflict: ({ name }) => `מישהו אחר שינה את ${isolate(name)} בזמן שחלון זה היה פתוח. לא בוצע שום שינוי; בדקו את המצב הנוכחי שלו.`,
      failed: ({ name, reason }) => `${isolate(name)} לא שונה: ${reason}`,
      retry: "ניסיון נוסף",
      close: "סגירה",
      startAgain: "התחלה מחדש",
      currentStatus: "סטטוס נוכחי",
      currentRole: "תפקיד נוכחי",
    },
    invite: {
      openButton: "הזמנת חברים",
      title: "הזמנת חברים",
      description: ({ workspace }) => `כל אדם יקבל הודעת הזמנה להצטרף אל ${isolate(workspace)}.`,
      inviteeLegend: ({ index }, f) => `אדם ${f.count(index)}`,
      nameLabel: "שם",
      emailLabel: "דוא״ל",
      roleLabel: "תפקיד",
      rolePlaceholder: "בחירת תפקיד",
      groupsLabel: "קבוצות",
      groupsHint: "כל מספר של קבוצות.",
      metadataLabel: "מטא־נתונים (JSON)",
      metadataHint: 'אובייקט JSON, למשל {"team": "design"}.',
      optional: "אופציונלי",
      required: "חובה",
      addInvitee: "הוספת אדם נוסף",
      removeInvitee: ({ index }, f) => `הסרת אדם ${f.count(index)}`,
      submit: ({ count }, f) => f.plural(count, { one: "שליחת ההזמנה", two: "שליחת שתי ההזמנות", other: "שליחת # הזמנות" }),
      submitting: "שולח…",
      cancel: "ביטול",
      close: "סגירה",
      metadataPosition: ({ message, line, column }, f) => `שורה ${f.count(line)}, עמודה ${f.count(column)}: ${message}`,
      duplicate: ({ email, status }) => `${isolate(email)} כבר חבר בסביבת העבודה הזו, בסטטוס: ${status}.`,
      offerUnarchive: ({ email }) => `${isolate(email)} נמצא בארכיון בסביבת העבודה הזו. להוציא אותו מהארכיון במקום זאת?`,
      offerReactivate: ({ email }) => `${isolate(email)} לא פעיל בסביבת העבודה הזו. להפעיל אותו מחדש במקום זאת?`,
      archivedInInstance: ({ email }) => `${isolate(email)} נמצא בארכיון ברמת המופע. מנהל־על צריך להוציא אותו מהארכיון קודם.`,
      fieldRefused: "השרת לא קיבל את הערך הזה. בדקו אותו ונסו שוב.",
      errorSummaryEntry: ({ field, person, people, error }, f) => (people === 1 ? `${field}: ${error}` : `${field} של אדם ${f.count(person)}: ${error}`),
      errorSummary: ({ count }, f) =>
        f.plural(count, { one: "יש לתקן שגיאה אחת כדי להמשיך.", two: "יש לתקן שתי שגיאות כדי להמשיך.", other: "יש לתקן # שגיאות כדי להמשיך." }),
      resultsTitle: "הזמנות",
      resultInvited: ({ email }) => `${isolate(email)}: הוזמן.`,
      resultRequested: ({ email }) => `${isolate(email)}: הבקשה נרשמה; תישלח אליו בקשה ליצור חשבון.`,
      resultFailed: ({ email, reason }) => `${isolate(email)}: לא הוזמן. ${reason}`,
      resultSummary: ({ sent, failed }, f) =>
        failed === 0
          ? `${f.plural(sent, INVITATIONS_SENT)}.`
          : `${f.plural(sent, INVITATIONS_SENT)}, ${f.plural(failed, { one: "אחת נכשלה", two: "שתיים נכשלו", other: "# נכשלו" })}.`,
      copyLink: ({ email }) => `העתקת קישור ההזמנה של ${isolate(email)}`,
      inviteMore: "הזמנת אנשים נוספים",
      retryFailed: "עריכת ההזמנות שנכשלו וניסיון חוזר",
      unarchiveInstead: "הוצאה מהארכיון במקום זאת",
      reactivateInstead: "הפעלה מחדש במקום זאת",
      invitationLinkLabel: ({ email }) => `קישור ההזמנה של ${isolate(email)}`,
      copied: "הועתק",
      emailConverted: ({ typed, stored, email }) =>
        `הדומיין ${q(typed)} יישמר בתור ${q(stored)}, הצורה שבה מערכות דוא״ל כותבות דומיינים בינלאומיים: ההזמנה תישלח אל ${isolate(email)}.`,
      requestFailed: ({ reason }) => `שום דבר לא נשלח: ${reason} כל מה שהקלדת נשמר.`,
      retry: "ניסיון נוסף",
      noGroups: "אין קבוצות בסביבת העבודה הזו.",
    },
    bulkInvite: {
      modeLabel: "אופן ההזמנה",
      modeSingle: "אחד אחד",
      modeBulk: "מרשימה או מקובץ CSV",
      fileLabel: "קובץ CSV",
      fileHint: ({ limit }, f) =>
        `שורת כותרות, ואחריה אדם אחד בכל שורה: שם, דוא״ל, תפקיד, קבוצות (מופרדות ב־; או |) ומטא־נתונים (JSON). עד ${f.plural(limit, PEOPLE)}.`,
      template: "הורדת תבנית CSV",
      pasteLabel: "או הדביקו כתובות דוא״ל",
      pasteHint: `אחת בכל שורה או מופרדות בפסיקים, למשל ${isolate("ada@example.com")} או ${isolate("Ada Lovelace <ada@example.com>")}. אפשר גם להדביק טבלה שהועתקה מגיליון אלקטרוני.`,
      addPasted: "הוספה לרשימה",
      defaultRoleLabel: "תפקיד לשורות בלי תפקיד",
      reading: "קורא…",
      loading: "טוען…",
      load: {
        empty: () => "אין בו אף אחד להזמין: הוסיפו אדם אחד בכל שורה, מתחת לשורת הכותרות.",
        no_email_column: ({ columns }, f) =>
          `אף עמודה לא מכילה כתובות דוא״ל. השורה הראשונה צריכה לתת שמות לעמודות (${isolate("name, email, role, groups, metadata")}); יש בה: ${columns.length === 0 ? "כלום" : names(columns, f)}.`,
        repeated_column: ({ field, columns }, f) => `העמודות ${names(columns, f)} מכילות כולן את ${FIELD[field]}; השאירו אחת מהן.`,
        too_many_rows: ({ limit, count }, f) =>
          `אפשר להזמין לכל היותר ${f.plural(limit, PEOPLE)} בבת אחת; ${count === null ? "בקובץ הזה יש יותר" : `בקובץ הזה יש ${f.plural(count, PEOPLE)}`}. פצלו אותו לקבצים קטנים יותר.`,
        unclosed_quote: ({ row }, f) => `בשורה ${f.count(row)} נפתח שדה במירכאות שלא נסגר, ולכן אי אפשר לקרוא את ההמשך. סגרו את המירכאות.`,
        not_text: () => "זה לא קובץ טקסט. שמרו את הגיליון כ־CSV (UTF-8) ובחרו את הקובץ הזה.",
      },
      loadRefused: ({ reason }) => `שום דבר לא נוסף: ${reason} השורות שכבר ברשימה נשמרו.`,
      ignoredColumns: ({ columns }, f) => `עמודות שלא נקראו: ${names(columns, f)}.`,
      previewTitle: "אנשים להזמנה",
      previewSummary: ({ total, invited, ready, invalid }, f) =>
        `${f.plural(total, PEOPLE)}: ${invited > 0 ? `${f.count(invited)} הוזמנו, ` : ""}${f.count(ready)} מוכנים, ${f.count(invalid)} לתיקון.`,
      rowColumn: "שורה",
      statusColumn: "סטטוס",
      fieldLabel: ({ field, row }, f) => `${field}, שורה ${f.count(row)}`,
      removeRow: ({ row }, f) => `הסרת שורה ${f.count(row)}`,
      removeInvalid: ({ count }, f) => f.plural(count, { one: "הסרת השורה עם הבעיה", two: "הסרת שתי השורות עם הבעיות", other: "הסרת # השורות עם הבעיות" }),
      onlyToFix: "הצגת השורות לתיקון בלבד",
      duplicateInFile: ({ row }, f) => `אותה כתובת דוא״ל כמו בשורה ${f.count(row)}.`,
      outcome: { ready: "מוכן", invalid: "לתיקון", queued: "ממתין", sending: "נשלח כעת", invited: "הוזמן", refused: "לא הוזמן", failed: "לא נשלח" },
      notSent: ({ reason }) => `לא נשלח: ${reason} נסו שוב כדי לשלוח אותו מחדש.`,
      send: ({ count }, f) => f.plural(count, { one: "שליחת הזמנה אחת", two: "שליחת שתי הזמנות", other: "שליחת # הזמנות" }),
      nothingToSend: "תקנו או הסירו את השורות עם הבעיות כדי לשלוח.",
      progressLabel: "שולח הזמנות",
      progress: ({ done, total }, f) => `נשלחו ${f.count(done)} מתוך ${f.count(total)}`,
      cancel: "עצירה אחרי המנה הזו",
      cancelling: "עוצר אחרי המנה הזו…",
      resultSummary: ({ invited, notInvited }, f) =>
        notInvited === 0
          ? `${f.plural(invited, INVITATIONS_SENT)}.`
          : `${f.plural(invited, INVITATIONS_SENT)}; ${f.plural(notInvited, {
              one: "אדם אחד לא הוזמן: תקנו את השורה שלו ונסו שוב",
              two: "שני אנשים לא הוזמנו: תקנו את השורות שלהם ונסו שוב",
              other: "# אנשים לא הוזמנו: תקנו את השורות שלהם ונסו שוב",
            })}.`,
      retryFailed: ({ count }, f) => f.plural(count, { one: "ניסיון חוזר לשורה אחת", two: "ניסיון חוזר לשתי שורות", other: "ניסיון חוזר ל־# שורות" }),
      startOver: "התחלה מחדש",
    },
    memberEdit: {
      title: ({ name }) => `עריכת התפקיד והקבוצות של ${isolate(name)}`,
      roleLabel: "תפקיד",
      groupsLabel: "קבוצות",
      save: "שמירת השינויים",
      saving: "שומר…",
      cancel: "ביטול",
      conflict: ({ name }) => `מישהו אחר שינה את ${isolate(name)}. מוצגים התפקיד והקבוצות הנוכחיים שלו; בדקו ושמרו שוב.`,
      failed: ({ reason }) => `לא נשמר: ${reason} הבחירות שלך נשמרו.`,
      retry: "ניסיון נוסף",
      startAgain: "עריכת הערכים הנוכחיים",
      currentValues: "ערכים נוכחיים",
      noGroups: "אין קבוצות בסביבת העבודה הזו.",
    },
    table: {
      workspaceCaption: ({ workspace }) => `החברים ב־${isolate(workspace)}`,
      instanceCaption: "כל המשתמשים",
      columns: {
        ...COLUMN_NAMES,
        workspaces: "סביבות עבודה",
        actions: "פעולות",
      },
      sortBy: ({ column }) => `מיון לפי ${column}`,
      sortedAscending: "ממוין בסדר עולה",
      sortedDescending: "ממוין בסדר יורד",
      searchLabel: "חיפוש חברים",
      searchPlaceholder: "חיפוש לפי שם או דוא״ל",
      clearSearch: "ניקוי החיפוש",
      statusFilterLabel: "סטטוס",
      roleFilterLabel: "תפקיד",
      allStatuses: "כל הסטטוסים",
      allRoles: "כל התפקידים",
      clearFilters: "ניקוי המסננים",
      loading: "טוען חברים…",
      empty: "עדיין אין חברים",
      emptyHint: "הזמינו אנשים כדי לתת להם גישה.",
      noMatches: "אין חברים מתאימים",
      noMatchesHint: "נסו חיפוש אחר או נקו את המסננים.",
      errorTitle: "לא ניתן היה לטעון את החברים",
      retry: "ניסיון נוסף",
      paginationLabel: "ניווט בין עמודים",
      pageRange: ({ from, to, total }, f) =>
        total === null ? isolate(`${f.count(from)}–${f.count(to)}`) : `${isolate(`${f.count(from)}–${f.count(to)}`)} מתוך ${f.count(total)}`,
      pageOf: ({ page, pages }, f) => `עמוד ${f.count(page)} מתוך ${f.count(pages)}`,
      previousPage: "העמוד הקודם",
      nextPage: "העמוד הבא",
      firstPage: "העמוד הראשון",
      lastPage: "העמוד האחרון",
      pageSize: "שורות בעמוד",
      billableSeats: ({ count }, f) => f.plural(count, SEATS),
      memberCount: ({ count }, f) => f.plural(count, { "=0": "אין חברים", ...MEMBERS }),
      selectRow: ({ name }) => `בחירת ${isolate(name)}`,
      selectPage: "בחירת כל החברים בעמוד הזה",
      selectedCount: ({ count }, f) => f.plural(count, { one: "אחד נבחר", two: "שניים נבחרו", other: "# נבחרו" }),
      clearSelection: "ניקוי הבחירה",
      selectionToggle: "בחירה",
      selectionOn: "הבחירה פעילה: בכל שורה יש עכשיו תיבת סימון.",
      selectionOff: "הבחירה כבויה.",
      bulkArchive: "העברת הנבחרים לארכיון",
      bulkDeactivate: "השבתת הנבחרים",
      bulkTitle: ({ count, action }, f) => `${action === "archive" ? "להעביר לארכיון" : "להשבית"} ${f.plural(count, MEMBERS)}?`,
      bulkDescription: ({ action }) =>
        `${action === "archive" ? "חברים שיועברו לארכיון יאבדו את הגישה לסביבת העבודה הזו, וההזמנות הממתינות שלהם יפסיקו לעבוד." : "חברים מושבתים לא יוכלו עוד להתחבר."} כל חבר משתנה בנפרד: חברים שאין לך הרשאה לשנות ידולגו, וכל תוצאה תוצג ברשימה. שום דבר לא נמחק.`,
      bulkConfirm: ({ count, action }, f) => `${action === "archive" ? "העברה לארכיון של" : "השבתה של"} ${f.plural(count, MEMBERS)}`,
      bulkApplying: "מחיל…",
      bulkResultsLabel: "תוצאות",
      bulkSucceeded: ({ name, status }) => `${isolate(name)}: הסטטוס עכשיו ${status}.`,
      bulkRefused: ({ name, reason }) => `${isolate(name)}: לא שונה. ${reason}`,
      bulkFailed: ({ name, reason }) => `${isolate(name)}: נכשל. ${reason}`,
      bulkWaiting: ({ name }) => `${isolate(name)}: ממתין…`,
      bulkSummary: ({ succeeded, refused, failed }, f) =>
        [`${f.count(succeeded)} שונו`, ...(refused > 0 ? [`${f.count(refused)} נדחו`] : []), ...(failed > 0 ? [`${f.count(failed)} נכשלו`] : [])].join(", ") + ".",
      close: "סגירה",
      unsupported: ({ feature }) =>
        `השרת לא יכול ${{ search: "לחפש", filterByStatus: "לסנן לפי סטטוס", filterByRole: "לסנן לפי תפקיד", filterByMetadata: "לסנן לפי השדה הזה", sort: "למיין לפי העמודה הזו", page: "לעבור לעמוד הזה" }[feature]}; סינון של העמוד המוצג בלבד היה מסתיר חברים.`,
      membershipCount: ({ count }, f) => f.plural(count, { "=0": "אין סביבות עבודה", ...WORKSPACES }),
      noMetadataValue: "לא הוגדר",
      anyValue: "כל הערכים",
      scrollHint: "גללו הצידה כדי לראות את כל העמודות.",
    },
    export: {
      trigger: "ייצוא CSV",
      title: "ייצוא החברים כ־CSV",
      description: ({ filtered }) =>
        `${filtered ? "כל החברים שתואמים את החיפוש והמסננים הנוכחיים" : "כל החברים ברשימה הזו"}, לפי סדר המיון הנוכחי, מכל העמודים.`,
      columnsLegend: "עמודות",
      columns: {
        ...COLUMN_NAMES,
        metadata: "כל המטא־נתונים (JSON)",
      },
      noColumns: "בחרו לפחות עמודה אחת.",
      submit: "ייצוא",
      cancel: "ביטול",
      progress: ({ count }, f) => f.plural(count, { "=0": "מייצא…", one: "מייצא… חבר אחד עד עכשיו", two: "מייצא… שני חברים עד עכשיו", other: "מייצא… # חברים עד עכשיו" }),
      stop: "עצירת הייצוא",
      done: ({ count, fileName }, f) =>
        f.plural(count, {
          "=0": `לא יוצאו חברים אל ${isolate(fileName)}.`,
          one: `חבר אחד יוצא אל ${isolate(fileName)}.`,
          two: `שני חברים יוצאו אל ${isolate(fileName)}.`,
          other: `# חברים יוצאו אל ${isolate(fileName)}.`,
        }),
      failed: ({ reason }) => `הייצוא נכשל: ${reason} הבחירה שלך נשמרה; נסו שוב.`,
      retry: "ניסיון נוסף",
      close: "סגירה",
    },
    details: {
      title: ({ name }) => `הפרטים של ${isolate(name)}`,
      close: "סגירת הפרטים",
      status: "סטטוס",
      email: "דוא״ל",
      role: "תפקיד",
      groups: "קבוצות",
      workspaces: "סביבות עבודה",
      metadata: "מטא־נתונים",
      noMetadata: "אין",
      invitedAt: "הוזמן",
      lastActiveAt: "פעילות אחרונה",
      actions: "פעולות",
      loading: "טוען את פרטי החבר…",
      otherWorkspaces: "סביבות עבודה אחרות",
    },
    activity: {
      timelineTitle: "היסטוריה",
      logTitle: "פעילות",
      showLog: "פעילות",
      showMembers: "חברים",
      viewsLabel: "תצוגה",
      byline: {
        invite: ({ actor }) => `הוזמן על ידי ${isolate(actor)}`,
        acceptInvitation: ({ actor, self }) => (self ? "אישר את ההזמנה" : `ההזמנה אושרה על ידי ${isolate(actor)}`),
        resendInvitation: ({ actor }) => `ההזמנה נשלחה שוב על ידי ${isolate(actor)}`,
        revokeInvitation: ({ actor }) => `ההזמנה בוטלה על ידי ${isolate(actor)}`,
        archive: ({ actor }) => `הועבר לארכיון על ידי ${isolate(actor)}`,
        unarchive: ({ actor }) => `הוצא מהארכיון על ידי ${isolate(actor)}`,
        deactivate: ({ actor }) => `הושבת על ידי ${isolate(actor)}`,
        reactivate: ({ actor }) => `הופעל מחדש על ידי ${isolate(actor)}`,
        changeRole: ({ actor }) => `התפקיד שונה על ידי ${isolate(actor)}`,
        changeGroups: ({ actor, self }) => (self ? "שינה את הקבוצות של עצמו" : `הקבוצות שונו על ידי ${isolate(actor)}`),
        updateMember: ({ actor, self }) => (self ? "עדכן את הפרטים של עצמו" : `עודכן על ידי ${isolate(actor)}`),
      },
      sentence: {
        invite: ({ actor, target }) => `${isolate(actor)} הזמין את ${isolate(target)}`,
        acceptInvitation: ({ target }) => `${isolate(target)} אישר את ההזמנה`,
        resendInvitation: ({ actor, target }) => `${isolate(actor)} שלח שוב את ההזמנה אל ${isolate(target)}`,
        revokeInvitation: ({ actor, target }) => `${isolate(actor)} ביטל את ההזמנה של ${isolate(target)}`,
        archive: ({ actor, target }) => `${isolate(actor)} העביר את ${isolate(target)} לארכיון`,
        unarchive: ({ actor, target }) => `${isolate(actor)} הוציא את ${isolate(target)} מהארכיון`,
        deactivate: ({ actor, target }) => `${isolate(actor)} השבית את ${isolate(target)}`,
        reactivate: ({ actor, target }) => `${isolate(actor)} הפעיל מחדש את ${isolate(target)}`,
        changeRole: ({ actor, target }) => `${isolate(actor)} שינה את התפקיד של ${isolate(target)}`,
        changeGroups: ({ actor, target, self }) => (self ? `${isolate(target)} שינה את הקבוצות של עצמו` : `${isolate(actor)} שינה את הקבוצות של ${isolate(target)}`),
        updateMember: ({ actor, target, self }) => (self ? `${isolate(target)} עדכן את הפרטים של עצמו` : `${isolate(actor)} עדכן את ${isolate(target)}`),
      },
      instanceLevel: "כל סביבות העבודה",
      when: ({ date, relative }) => `${isolate(date)} (${relative})`,
      statusChange: ({ before, after }) => (before === null ? `סטטוס: ${after}` : `סטטוס: ${before} ← ${after}`),
      roleChange: ({ before, after }) => (before === null ? `תפקיד: ${isolate(after)}` : `תפקיד: ${isolate(before)} ← ${isolate(after)}`),
      groupsAdded: ({ groups }, f) => `נוסף אל ${names(groups, f)}`,
      groupsRemoved: ({ groups }, f) => `הוסר מ־${names(groups, f)}`,
      someone: "מישהו",
      actionFilter: "פעולה",
      allActions: "כל הפעולות",
      actionName: {
        invite: "הוזמן",
        acceptInvitation: "ההזמנה אושרה",
        resendInvitation: "ההזמנה נשלחה שוב",
        revokeInvitation: "ההזמנה בוטלה",
        archive: "הועבר לארכיון",
        unarchive: "הוצא מהארכיון",
        deactivate: "הושבת",
        reactivate: "הופעל מחדש",
        changeRole: "התפקיד שונה",
        changeGroups: "הקבוצות שונו",
        updateMember: "עודכן",
      },
      personFilter: "אדם",
      personHint: "שם או כתובת דוא״ל מההיסטוריה.",
      personRole: "החלק שלו",
      personAsActor: "ביצע את השינוי",
      personAsTarget: "השינוי נעשה בו",
      personUnknown: ({ text }) => `אף אחד בהיסטוריה לא תואם ל־${q(text)}. בחרו שם מהרשימה, או נקו את השדה.`,
      applyFilters: "סינון",
      clearFilters: "ניקוי המסננים",
      filtersLabel: "סינון הפעילות",
      loading: "טוען פעילות…",
      loadMore: "טעינת עוד",
      loadingMore: "טוען עוד…",
      emptyTimeline: "עדיין לא נרשמו שינויים.",
      emptyLog: "עדיין לא נרשמה פעילות.",
      emptyFiltered: "אין פעילות שתואמת למסננים האלה.",
      end: "זו כל ההיסטוריה.",
      failed: ({ reason }) => `לא ניתן היה לטעון את הפעילות. ${reason}`,
      retry: "ניסיון נוסף",
      loaded: ({ count, more }, f) =>
        `${f.plural(count, { "=0": "לא מוצגים אירועים.", one: "מוצג אירוע אחד.", two: "מוצגים שני אירועים.", other: "מוצגים # אירועים." })}${more ? " אפשר לטעון אירועים ישנים יותר." : ""}`,
    },
    announcements: {
      statusChanged: ({ name, status }) => `הסטטוס של ${isolate(name)} עכשיו ${status}.`,
      statusChangeFailed: ({ name, reason }) => `${isolate(name)} לא שונה: ${reason}`,
      statusConflict: ({ name, status }) =>
        `${isolate(name)} לא שונה: מישהו אחר שינה אותו קודם.${status === null ? "" : ` הסטטוס שלו עכשיו ${status}.`} בדקו את המצב הנוכחי שלו.`,
      invitationsSent: ({ count }, f) => `${f.plural(count, INVITATIONS_SENT)}.`,
      invitationResent: ({ email }) => `ההזמנה נשלחה שוב אל ${isolate(email)}.`,
      linkCopied: "קישור ההזמנה הועתק.",
      linkCopyFailed: "לא ניתן היה להעתיק את קישור ההזמנה.",
      memberUpdated: ({ name }) => `${isolate(name)} עודכן.`,
      listLoaded: ({ count, total }, f) =>
        total === null
          ? f.plural(count, { "=0": "לא מוצגים חברים.", one: "מוצג חבר אחד.", two: "מוצגים שני חברים.", other: "מוצגים # חברים." })
          : f.plural(total, { "=0": "לא נמצאו חברים.", one: "נמצא חבר אחד.", two: "נמצאו שני חברים.", other: "נמצאו # חברים." }),
      sortChanged: ({ column, direction }) => `ממוין לפי ${column}, בסדר ${direction === "asc" ? "עולה" : "יורד"}.`,
    },
    errors: {
      forbidden: "אין לך הרשאה לבצע פעולה זו.",
      not_found: "החבר הזה כבר לא קיים.",
      conflict: "מישהו אחר שינה את החבר הזה. בדקו את המצב הנוכחי שלו ונסו שוב.",
      validation: "יש שדות שדורשים תשומת לב.",
      last_admin: "הפעולה הייתה משאירה סביבת עבודה בלי מנהל פעיל.",
      archived_in_instance: "המשתמש הזה נמצא בארכיון ברמת המופע. מנהל־על צריך להוציא אותו מהארכיון קודם.",
      duplicate: "האדם הזה כבר חבר בסביבת העבודה.",
      invalid_transition: "הפעולה הזו לא מתאימה לסטטוס הנוכחי של החבר.",
      rate_limited: "יותר מדי בקשות. המתינו רגע ונסו שוב.",
      idempotency_mismatch: "הבקשה נדחתה כי היא חזרה על בקשה קודמת ושונה. שום דבר לא שונה; נסו שוב.",
      limit_exceeded: "הבקשה גדולה מדי. שלחו פחות אנשים או פחות נתונים בכל פעם.",
      network: "לא ניתן היה להגיע לשרת. בדקו את החיבור ונסו שוב.",
      timeout: "השרת לא ענה בזמן. בדקו את החיבור ונסו שוב.",
      unknown: "משהו השתבש. נסו שוב.",
    },
    denials: {
      "R1.notMember": () => "רק חברים בסביבת העבודה הזו יכולים לראות את החברים בה.",
      "R1.notAdmin": ({ verb }) => `רק מנהלים של סביבת העבודה הזו יכולים ${MANAGE_VERB[verb]}.`,
      "R1.activityAdminsOnly": () => "רק מנהלים של סביבת העבודה הזו יכולים לראות את הפעילות בה.",
      "R2.notSuperAdmin": ({ verb }) => `רק מנהלי־על יכולים ${INSTANCE_VERB[verb]}.`,
      "R2.instanceArchived": ({ name }) => `${isolate(name)} נמצא בארכיון ברמת המופע; רק מנהל־על יכול להוציא אותו מהארכיון.`,
      "R2.instanceScope": () => "ברמת המופע אפשר רק להעביר משתמשים לארכיון או להוציא אותם ממנו; לפעולות אחרות פתחו סביבת עבודה.",
      "R4.self": () => "אי אפשר לשנות את הסטטוס של עצמך: בקשו ממנהל אחר, כדי שלא תנעלו את עצמכם בחוץ.",
      "R4.superAdmin": ({ part }) => `רק מנהלי־על יכולים לשנות את ${SUPER_ADMIN_PART[part]} של מנהל־על.`,
      "R5.unknownRole": ({ role }) => `${q(role)} אינו תפקיד בסביבת העבודה הזו.`,
      "R5.noWorkspace": () => "מזמינים חברים לסביבת עבודה: בחרו סביבת עבודה להזמנה.",
      "R5.nothingToChange": ({ name }) => `אין מה לשנות אצל ${isolate(name)}: בחרו תפקיד חדש, קבוצות חדשות או את שניהם.`,
      "R5.unknownGroups": ({ workspaceName, groups, count }, f) =>
        `ב־${isolate(workspaceName)} ${f.plural(count, { one: "אין קבוצה", two: "אין קבוצות", other: "אין קבוצות" })} ${f.list(groups.map(q))}; בחרו קבוצות של סביבת העבודה הזו.`,
      "R7.alreadyMember": ({ email, status }) => `${isolate(email)} כבר חבר בסביבת העבודה הזו, בסטטוס: ${STATUS[status]}.`,
      "R7.restoreInstead": ({ email, status, offer }) =>
        `${isolate(email)} בסטטוס ${STATUS[status]} בסביבת העבודה הזו: ${offer === "unarchive" ? "הוציאו אותו מהארכיון" : "הפעילו אותו מחדש"} במקום להזמין אותו שוב.`,
      "R8.archivedInInstance": ({ email }) => `${isolate(email)} נמצא בארכיון ברמת המופע ואי אפשר להזמין אותו. מנהל־על צריך להוציא אותו מהארכיון קודם.`,
      "R10.noPendingInvitation": ({ name, verb }) => `ל־${isolate(name)} אין הזמנה ממתינה${verb === "resendInvitation" ? " לשליחה מחדש" : ""}.`,
      "R10.cloudLinks": () => "אפשר להעתיק קישורי הזמנה רק בהתקנה עצמית; בענן ההזמנות נשלחות בדוא״ל.",
      "R11.alreadyArchived": ({ name }) => `${isolate(name)} כבר נמצא בארכיון בסביבת העבודה הזו.`,
      "R12.alreadyArchived": ({ name }) => `${isolate(name)} כבר נמצא בארכיון ברמת המופע.`,
      "R12.accountArchived": () => "החשבון הזה נמצא בארכיון; בקשו ממנהל־על להוציא אותו מהארכיון.",
      "R13.notArchived": ({ name, status }) =>
        `רק משתמשים שנמצאים בארכיון ברמת המופע אפשר להוציא משם; הסטטוס של ${isolate(name)}: ${STATUS[status]}.`,
      "R14.notArchived": ({ name, status }) => `רק חברים שנמצאים בארכיון אפשר להוציא מהארכיון; הסטטוס של ${isolate(name)}: ${STATUS[status]}.`,
      "R15.lastAdmin": ({ name, verb, workspaceNames, count }, f) =>
        `${isolate(name)} הוא המנהל הפעיל האחרון ב־${names(workspaceNames, f)}; ${LAST_ADMIN_DOING[verb]} ${f.plural(count, { one: "תשאיר אותה", two: "תשאיר את שתיהן", other: "תשאיר אותן" })} בלי מנהל. הגדירו קודם מישהו אחר כמנהל.`,
      "R17.notActive": ({ name, status }) => `רק חברים פעילים אפשר להשבית; הסטטוס של ${isolate(name)}: ${STATUS[status]}.`,
      "R18.notInactive": ({ name, status }) => `רק חברים לא פעילים אפשר להפעיל מחדש; הסטטוס של ${isolate(name)}: ${STATUS[status]}.`,
      "R24.otherLifecycle": ({ verb, lifecycle }) =>
        `אי אפשר ${MANAGE_VERB[verb]} כאן: סביבת העבודה הזו ${lifecycle === "archive" ? "מעבירה חברים לארכיון ומוציאה אותם ממנו" : "משביתה חברים ומפעילה אותם מחדש"} במקום זאת.`,
      "R24.notActive": ({ name, status, part }) =>
        `רק לחברים פעילים אפשר לשנות את ${part === "role" ? "התפקיד" : "הקבוצות"}; הסטטוס של ${isolate(name)}: ${STATUS[status]}.`,
      "R27.notPending": () => "ההזמנה הזו כבר לא ממתינה.",
    },
    validation: {
      name_required: () => "הזינו שם.",
      name_too_long: ({ length, limit }, f) => `שם יכול להכיל לכל היותר ${f.plural(limit, CHARACTERS)}; בשם הזה יש ${f.plural(length, CHARACTERS)}.`,
      name_malformed_unicode: () => "השם מכיל תו פגום (חצי מאמוג׳י או מסמל); הקלידו אותו שוב.",
      name_control_character: ({ codePoint }) => `שם לא יכול להכיל תווי בקרה כמו טאב, מעבר שורה או NUL (כאן ${codePoint}).`,
      name_bidi_control: ({ codePoint }) => `שם לא יכול להכיל תווים שהופכים או מבודדים את כיוון הטקסט (כאן ${codePoint}): הם גורמים לו להיקרא אחרת ממה שנשמר.`,
      name_invisible: () => "בשם אין תווים גלויים; הזינו שם.",
      name_invisible_character: ({ codePoint }) => `השם מכיל תו בלתי נראה (${codePoint}); הקלידו אותו שוב במקום להדביק.`,
      email_required: () => "הזינו כתובת דוא״ל.",
      email_too_long: ({ length, limit }, f) =>
        `כתובת דוא״ל יכולה להכיל לכל היותר ${f.plural(limit, CHARACTERS)}; בכתובת הזו יש ${f.plural(length, CHARACTERS)}.`,
      email_malformed_unicode: () => "כתובת הדוא״ל מכילה תו פגום (חצי מאמוג׳י או מסמל); הקלידו אותה שוב.",
      email_whitespace: () => "כתובת דוא״ל לא יכולה להכיל רווחים, טאבים או מעברי שורה.",
      email_invisible_character: ({ codePoint }) => `כתובת הדוא״ל מכילה תו בלתי נראה או תו בקרה (${codePoint}); הקלידו אותה שוב במקום להדביק.`,
      email_lookalike_at: ({ email, character }) => `${q(email)} משתמשת ב־${char(character)}, שנראה כמו "@" אבל אינו כזה; הקלידו את ה־"@" שוב.`,
      email_missing_at: ({ email }) => `ב־${q(email)} חסר "@".`,
      email_local_missing: () => 'הוסיפו את החלק שלפני ה־"@".',
      email_domain_missing: () => 'הוסיפו את הדומיין אחרי ה־"@", למשל example.com.',
      email_local_too_long: ({ length, limit }, f) =>
        `החלק שלפני ה־"@" יכול להכיל לכל היותר ${f.plural(limit, CHARACTERS)}; בחלק הזה יש ${f.plural(length, CHARACTERS)}.`,
      email_local_invalid_character: ({ character }) =>
        `החלק שלפני ה־"@" מכיל ${char(character)}, שאסור שם; השתמשו באותיות A–Z, בספרות ובסמלים כמו ${isolate(". _ + -")}.`,
      email_local_dots: () => 'החלק שלפני ה־"@" לא יכול להתחיל או להסתיים בנקודה, או להכיל שתי נקודות ברצף.',
      email_domain_invalid: ({ domain, character }) =>
        character === undefined ? `הדומיין ${q(domain)} אינו שם דומיין תקין.` : `הדומיין ${q(domain)} מכיל ${char(character)}, תו ששם דומיין לא יכול להכיל.`,
      email_domain_mixed_script: ({ domain, label, scripts }, f) =>
        `הדומיין ${q(domain)} מערבב אותיות ${f.list(scripts.map((script) => SCRIPT[script] ?? script))} ב־${q(label)}, דרך נפוצה להתחזות לדומיין אחר; הקלידו אותו באלפבית אחד.`,
      email_domain_numeric: ({ domain }) => `הדומיין ${q(domain)} מסתיים במספר; כתובת דוא״ל צריכה שם דומיין כמו example.com, לא כתובת IP.`,
      email_domain_no_dot: ({ domain }) => `הדומיין ${q(domain)} צריך נקודה, למשל example.com.`,
      email_label_too_long: ({ label, length, limit }, f) =>
        `כל חלק של הדומיין בין נקודות יכול להכיל לכל היותר ${f.plural(limit, CHARACTERS)}; ב־${q(label)} יש ${f.plural(length, CHARACTERS)}.`,
      role_required: () => "בחרו תפקיד.",
      role_unknown: ({ role, roles }, f) => `${q(role)} אינו תפקיד כאן; בחרו אחד מהבאים: ${names(roles, f)}.`,
      groups_invalid: () => "הקבוצות חייבות להיות רשימה של מזהי קבוצות.",
      groups_unknown: ({ groups, count }, f) => `${f.plural(count, { one: "קבוצה לא מוכרת", two: "שתי קבוצות לא מוכרות", other: "קבוצות לא מוכרות" })}: ${names(groups, f)}.`,
      metadata_too_large: (params, f) =>
        "bytes" in params
          ? `גודל המטא־נתונים ${f.count(params.bytes)} בתים; המגבלה היא ${f.count(params.limit)} בתים.`
          : `אורך המטא־נתונים ${f.plural(params.length, CHARACTERS)}; המגבלה היא ${f.count(params.limit)} בתים, ולכן הם לא נקראו. הסירו חלק מהם.`,
      metadata_not_object: ({ type }) => `המטא־נתונים חייבים להיות אובייקט JSON כמו {"team": "design"}, לא ${JSON_TYPE[type]}.`,
      metadata_not_flat: ({ key, type }) =>
        `המטא־נתונים חייבים להיות שטוחים: ${q(key)} מכיל ${JSON_TYPE[type]}; השתמשו במחרוזת, מספר, ערך בוליאני או null.`,
      metadata_number_out_of_range: ({ key }) => `המספר במטא־נתונים ${q(key)} גדול מכדי לשמור אותו; כתבו אותו כמחרוזת.`,
      metadata_malformed_unicode: ({ key }) => `הרשומה ${q(key)} במטא־נתונים מכילה תו פגום (חצי מאמוג׳י או מסמל) שאי אפשר לשמור.`,
      metadata_nul_character: ({ key }) => `הרשומה ${q(key)} במטא־נתונים מכילה תו NUL ${isolate("(\\u0000)")}, שמסדי נתונים לא יכולים לשמור; הסירו אותו.`,
      json_unexpected_end: ({ expected }) => unexpected(expected, ""),
      json_unexpected_character: ({ expected, found }) => unexpected(expected, found),
      json_trailing_content: ({ found }) => `${char(found)} לא צפוי אחרי סוף ערך ה־JSON.`,
      json_unterminated_string: () => "מחרוזת לא סגורה: חסרות מירכאות כפולות בסופה.",
      json_control_character: ({ codePoint }) => `יש לכתוב את תו הבקרה ${codePoint} כרצף escape בתוך מחרוזות.`,
      json_invalid_escape: ({ escape }) =>
        `רצף escape לא תקין ${q(escape)} במחרוזת${escape.startsWith("\\u") ? `: אחרי ${isolate("\\u")} באות ארבע ספרות הקסדצימליות` : ""}.`,
      json_duplicate_key: ({ key }) => `המפתח ${qKey(key)} מופיע פעמיים באותו אובייקט; כל מפתח יכול להופיע פעם אחת בלבד.`,
      json_forbidden_key: ({ key }) => `המפתח ${qKey(key)} אסור.`,
      json_too_deep: ({ limit }, f) => `ה־JSON מקנן אובייקטים ומערכים ליותר מ־${f.plural(limit, LEVELS)}, שזו המגבלה.`,
      json_too_long: ({ length, limit }, f) => `אורך הטקסט ${f.plural(length, CHARACTERS)}; המגבלה היא ${f.plural(limit, CHARACTERS)}.`,
      json_not_text: ({ type }) => `צפוי טקסט JSON, לא ${TYPEOF[type] ?? type}.`,
    },
    console: {
      allUsers: "כל המשתמשים",
      scopeLabel: "סביבת עבודה",
      loadingTitle: "טוען…",
      seatCountHint: "חברים פעילים, מוזמנים וממתינים להרשמה נספרים; חברים בארכיון ולא פעילים לא נספרים.",
      partFailed: ({ part }) =>
        `לא ניתן היה להציג את ${CONSOLE_PART[part]} בגלל שגיאה. שאר העמוד ממשיך לעבוד${part === "invite" ? " ושום דבר שהקלדת לא אבד" : ""}.`,
      partRetry: "ניסיון נוסף",
      partClose: "סגירה",
      partLoading: ({ part }) =>
        part === "invite" ? "פותח את טופס ההזמנה…" : `טוען את ${CONSOLE_PART[part]}…`,
    },
  },
};
