"use client";

import type { ReactNode } from "react";
import { useCallback, useState } from "react";
import type { InvitedMember } from "../core/invite.machine";
import { useAnnounce } from "./live-region";
import { useRosterFormat } from "./use-roster";
import { defaultInviteMessages } from "./messages/invite";
import { defaultAnnouncementMessages } from "./messages/announcements";
import { useMessageSection } from "./messages/use-section";

/**
 * Copying an invitation link (R10, self-hosted): the read-only link field, its copy button, the
 * "Copied" mark, and the announcement of the outcome through the live region.
 * @module
 */

/** What {@link useInvitationClipboard} returns. */
export interface InvitationClipboard {
  /** The draft id of the invitee whose link was copied last, or `null`. */
  readonly copiedId: string | null;
  /** Copies the invitee's link and announces whether it worked. */
  readonly copy: (invited: InvitedMember) => void;
}

/** The copy state of the invite results: which link was copied last. */
export function useInvitationClipboard(): InvitationClipboard {
  const announcementMessages = useMessageSection("announcements", defaultAnnouncementMessages);
  const announce = useAnnounce();
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const copy = useCallback(
    (invited: InvitedMember): void => {
      const url = invited.invitationUrl;
      if (url === null) return;
      const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
      const done = (ok: boolean): void => {
        setCopiedId(ok ? invited.draftId : null);
        announce(ok ? announcementMessages.linkCopied : announcementMessages.linkCopyFailed);
      };
      if (!clipboard) return done(false);
      clipboard.writeText(url).then(
        () => done(true),
        () => done(false),
      );
    },
    [announce, announcementMessages],
  );
  return { copiedId, copy };
}

/** Props of {@link InvitationLink}. */
export interface InvitationLinkProps {
  readonly invited: InvitedMember & { readonly invitationUrl: string };
  readonly copied: boolean;
  readonly onCopy: (invited: InvitedMember) => void;
}

/** One invitee's link: a read-only field (selected on focus), the copy button and, once copied, "Copied". */
export function InvitationLink({ invited, copied, onCopy }: InvitationLinkProps): ReactNode {
  const inviteMessages = useMessageSection("invite", defaultInviteMessages);
  const format = useRosterFormat();
  const email = invited.member.email;
  return (
    <>
      <input
        className="rk-invite-form__input"
        data-scope="invite-form"
        data-part="input"
        data-kind="invitation-link"
        type="text"
        readOnly
        value={invited.invitationUrl}
        aria-label={inviteMessages.invitationLinkLabel({ email }, format)}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button className="rk-invite-form__copy-link" type="button" data-scope="invite-form" data-part="copy-link" data-variant="secondary" onClick={() => onCopy(invited)}>
        {inviteMessages.copyLink({ email }, format)}
      </button>
      {copied && (
        <span className="rk-invite-form__copied" data-scope="invite-form" data-part="copied">
          {inviteMessages.copied}
        </span>
      )}
    </>
  );
}
