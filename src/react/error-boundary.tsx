"use client";

import type { ErrorInfo, ReactNode } from "react";
import { Component, useEffect, useId, useRef } from "react";
import type { ConsolePart } from "./messages/types";
import { useRosterFormat } from "./use-roster";
import { defaultConsoleMessages } from "./messages/console";
import { useMessageSection } from "./messages/use-section";

/**
 * Error boundaries for the console's parts: when one part throws while rendering, it alone is replaced
 * by a short message (from the messages object, never the error itself) with a "Try again" button;
 * every other part keeps working. What people type lives in the store (the invite drafts), so it is
 * still there when the part renders again. A class component, as React requires for boundaries; it
 * uses nothing newer than `getDerivedStateFromError`, so it works the same on React 18 and 19.
 * @module
 */

/** Props of {@link RosterErrorBoundary}. */
export interface RosterErrorBoundaryProps {
  /** Which part this boundary holds: names it in the message people see. */
  readonly part: ConsolePart;
  readonly children?: ReactNode;
  /**
   * Called with the error and React's component stack, for developers (log or report it). People
   * only ever see the part's message. React also logs it to the console in development.
   */
  readonly onError?: (error: unknown, part: ConsolePart, info: ErrorInfo) => void;
  /** Offers a "Close" button next to "Try again" for a part that can be closed (the member's details). */
  readonly onClose?: () => void;
}

/** Where the failed part was in the page, so that focus can go back into it once it renders again. */
interface PartPlace {
  readonly parent: Node;
  readonly before: Node | null;
  readonly after: Node | null;
}

const FOCUSABLE = 'input:not([type="hidden"]):enabled, select:enabled, textarea:enabled, button:enabled, a[href], [tabindex]:not([tabindex="-1"])';

/** Focuses the first control of what now stands where the fallback was, unless focus went elsewhere meanwhile. */
function focusInto({ parent, before, after }: PartPlace): void {
  const active = document.activeElement;
  const lost = active === null || active === document.body || !active.isConnected || active.contains(parent);
  if (!lost) return;
  for (let node = before ? before.nextSibling : parent.firstChild; node !== null && node !== after; node = node.nextSibling) {
    if (!(node instanceof HTMLElement)) continue;
    const target = node.matches(FOCUSABLE) ? node : node.querySelector<HTMLElement>(FOCUSABLE);
    if (target) return target.focus();
  }
}

interface PartBoundaryProps {
  readonly children?: ReactNode;
  readonly fallback: (retry: (place: PartPlace | null) => void, focused: Element | null) => ReactNode;
  readonly onError: (error: unknown, info: ErrorInfo) => void;
}

interface PartBoundaryState {
  readonly failed: boolean;
  /** The element that had focus when the part failed (the failed part is still in the page then). */
  readonly focused: Element | null;
}

class PartBoundary extends Component<PartBoundaryProps, PartBoundaryState> {
  override state: PartBoundaryState = { failed: false, focused: null };

  /** Set by "Try again": where to move focus once the part is back. */
  private place: PartPlace | null = null;

  static getDerivedStateFromError(): PartBoundaryState {
    return { failed: true, focused: typeof document === "undefined" ? null : document.activeElement };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError(error, info);
  }

  override componentDidUpdate(_props: PartBoundaryProps, previous: PartBoundaryState): void {
    const { place } = this;
    if (!previous.failed || this.state.failed || place === null) return;
    this.place = null;
    focusInto(place);
  }

  private readonly retry = (place: PartPlace | null): void => {
    this.place = place;
    this.setState({ failed: false, focused: null });
  };

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry, this.state.focused) : this.props.children;
  }
}

interface PartFailedProps {
  readonly part: ConsolePart;
  readonly onRetry: (place: PartPlace | null) => void;
  readonly onClose: (() => void) | undefined;
  /** What had focus when the part failed: if it left the page with the part, focus goes to "Try again". */
  readonly focused: Element | null;
}

/** What stands in for a failed part: an alert naming it, "Try again" and, when it can be closed, "Close". */
function PartFailed({ part, onRetry, onClose, focused }: PartFailedProps): ReactNode {
  const consoleMessages = useMessageSection("console", defaultConsoleMessages);
  const format = useRosterFormat();
  const messageId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const retryRef = useRef<HTMLButtonElement>(null);

  // A part that failed while it had focus took the focus with it: hand it to "Try again". A part that
  // failed without focus (on its first render, say) takes none.
  useEffect(() => {
    if (focused !== null && !focused.isConnected) retryRef.current?.focus();
  }, [focused]);

  const retry = (): void => {
    const root = rootRef.current;
    onRetry(root?.parentNode ? { parent: root.parentNode, before: root.previousSibling, after: root.nextSibling } : null);
  };

  return (
    <div ref={rootRef} className="rk-error-boundary" data-scope="error-boundary" data-part="root" data-for={part} role="alert">
      <p className="rk-error-boundary__message" data-scope="error-boundary" data-part="message" id={messageId}>
        {consoleMessages.partFailed({ part }, format)}
      </p>
      <button ref={retryRef} type="button" className="rk-error-boundary__retry" data-scope="error-boundary" data-part="retry" data-variant="secondary" aria-describedby={messageId} onClick={retry}>
        {consoleMessages.partRetry}
      </button>
      {onClose && (
        <button type="button" className="rk-error-boundary__close" data-scope="error-boundary" data-part="close" data-variant="ghost" onClick={onClose}>
          {consoleMessages.partClose}
        </button>
      )}
    </div>
  );
}

/**
 * Keeps one part of the console on its own: if anything inside throws while rendering, only this part
 * is replaced by an alert that names it ("The members table could not be shown because of an error.
 * The rest of the page still works.") with a "Try again" button that renders it again, and focus goes
 * back into it. The error is passed to `onError` for developers and never shown. `<UserManagement>`
 * puts one around each of its parts; use it the same way when composing the parts yourself.
 *
 * Parts: `data-scope="error-boundary"`, `data-part="root" | "message" | "retry" | "close"`, each also
 * with the class `rk-error-boundary__<part>` (the root `rk-error-boundary`), with `data-for` naming the part.
 * @example
 * <RosterErrorBoundary part="table" onError={(error) => reportError(error)}>
 *   <UsersTable />
 * </RosterErrorBoundary>
 */
export function RosterErrorBoundary({ part, children, onError, onClose }: RosterErrorBoundaryProps): ReactNode {
  return (
    <PartBoundary
      fallback={(retry, focused) => <PartFailed part={part} onRetry={retry} onClose={onClose} focused={focused} />}
      onError={(error, info) => onError?.(error, part, info)}
    >
      {children}
    </PartBoundary>
  );
}
