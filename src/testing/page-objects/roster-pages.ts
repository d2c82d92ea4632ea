import { ConfirmModalPage } from "./confirm-modal-page";
import type { AccessibleName, RosterDriver, WaitOptions } from "./driver";
import { InviteFormPage } from "./invite-form-page";
import type { RosterPagesOptions, ViaOptions } from "./page-context";
import { pageContext } from "./page-context";
import { RowMenuPage } from "./row-menu-page";
import { UsersTablePage } from "./users-table-page";

/**
 * Every page object of the kit's UI over one driver, the way React Aria's test utils hand out one tester
 * per ARIA pattern from one `User`.
 * @module
 */

/** The page objects of one page (a test's render, a story's canvas, a Playwright page). */
export interface RosterPages<E> {
  /** The driver they act through, for what no page object covers. */
  readonly driver: RosterDriver<E>;
  /** The users table. */
  readonly table: UsersTablePage<E>;
  /** The open row menu of the users table. */
  readonly rowMenu: RowMenuPage<E>;
  /** The confirm modal titled `title` (any confirm modal when left out). */
  confirmModal(title?: AccessibleName): ConfirmModalPage<E>;
  /** The invite form inside `scope`, e.g. the element a standalone `InviteUserForm` is rendered in. */
  inviteForm(scope: E): InviteFormPage<E>;
  /** The invite form in the open invite dialog. */
  inviteDialog(): InviteFormPage<E>;
  /** Opens the invite dialog from its "Invite members" button (by pointer, or by Enter on it) and waits for it. */
  openInviteDialog(options?: ViaOptions): Promise<InviteFormPage<E>>;
}

/**
 * The page objects of the kit's UI over `driver`, in the words the host gives its provider (`messages`,
 * `locale`), so that a host that rewords the kit still finds its controls.
 * @example
 * const pages = createRosterPages(domDriver({ root: document.body, user, within, waitFor }));
 * await pages.table.chooseRowAction("Ada Lovelace", "Archive user");
 * await pages.confirmModal("Archive Ada Lovelace?").confirm("Archive user");
 * await pages.table.waitForStatus("Ada Lovelace", "Archived");
 */
export function createRosterPages<E>(driver: RosterDriver<E>, options: RosterPagesOptions = {}): RosterPages<E> {
  const context = pageContext(options);
  const rowMenu = new RowMenuPage(driver);
  const text = context.messages.invite;
  const dialog = (waitOptions?: WaitOptions) => driver.findByRole("dialog", { name: text.title, ...waitOptions });
  const inviteDialog = () => new InviteFormPage(driver, context, dialog);
  return {
    driver,
    table: new UsersTablePage(driver, context, rowMenu),
    rowMenu,
    confirmModal: (title) => new ConfirmModalPage(driver, context, title),
    inviteForm: (scope) => new InviteFormPage(driver, context, async () => scope),
    inviteDialog,
    async openInviteDialog({ via = "pointer" } = {}) {
      const button = await driver.findByRole("button", { name: text.openButton });
      if (via === "keyboard") {
        await driver.focus(button);
        await driver.press("Enter");
      } else {
        await driver.click(button);
      }
      await driver.waitForVisible(await dialog());
      return inviteDialog();
    },
  };
}
