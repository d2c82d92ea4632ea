/** What the harness needs from an implementation: mount it, and where its parts are in the DOM. */
export interface Impl {
  readonly name: "rosterkit" | "floor";
  /** Mounts into `container`; returns the unmount function. */
  mount(container: HTMLElement): () => void;
  readonly selectors: {
    /** A body row; carries `data-member-id`. */
    readonly row: string;
    readonly rowName: string;
    readonly rowEmail: string;
    /** The status badge inside a row; carries `data-status`. */
    readonly badge: string;
    readonly search: string;
    readonly sortByName: string;
    /** The sort button of another column (last active): a sort by a new key, not a flip of the name's. */
    readonly sortByLastActive: string;
    /** The row menu's trigger inside a row. */
    readonly menuTrigger: string;
    readonly menu: string;
    /** An enabled "Archive" item of the open menu. */
    readonly archiveItem: string;
    readonly modal: string;
    readonly confirm: string;
    /** The scrolling viewport of the long virtualised list. */
    readonly scroller: string;
  };
}
