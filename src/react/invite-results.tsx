"use client";

import type { ReactNode } from "react";
import type { InviteDraftEntry, InvitedMember, InviteState } from "../core/invite.machine";
import { inviteMachine } from "../core/invite.machine";
import { InvitationLink, useInvitationClipboard } from "./invite-clipboard";
import { INVITE_FIELD_MESSAGES, inviteFieldError } from "./invite-field-error";
import { errorReason } from "./messages/reasons";
import { useMessageSections } from "./messages/use-section";
import { StatusBadge } from "./status-badge";
import { shallowEqual, useRosterFormat, useRosterMachine } from "./use-roster";

/**
 * The invite form's results (R5, R9, R10): a region titled "Invitations" with the summary ("2
 * invitations sent, 1 failed."), one line per accepted invitee (its status badge and, self-hosted, its
 * link to copy) and one per refused invitee with the reason. Refused invitees stay in the form above.
 * @module
 */

/** The refused invitees still in the form, in form order. Compare with `shallowEqual`. */
function selectRefused(invite: InviteState): readonly InviteDraftEntry[] {
  return invite.drafts.filter((entry) => entry.failure !== null);
}

function hasLink(invited: InvitedMember): invited is InvitedMember & { readonly invitationUrl: string } {
  return invited.invitationUrl !== null;
}

interface InvitedResultProps {
  readonly invited: InvitedMember;
  readonly copied: boolean;
  readonly onCopy: (invited: InvitedMember) => void;
}

function InvitedResult({ invited, copied, onCopy }: InvitedResultProps): ReactNode {
  const messages = useMessageSections(INVITE_FIELD_MESSAGES);
  const format = useRosterFormat();
  const { member } = invited;
  const email = member.email;
  const sentence = member.status === "requested" ? messages.invite.resultRequested({ email }, format) : messages.invite.resultInvited({ email }, format);
  return (
    <li className="rk-invite-form__result" data-scope="invite-form" data-part="result" data-outcome={member.status}>
      <StatusBadge status={member.status} />
      <span className="rk-invite-form__result-text" data-scope="invite-form" data-part="result-text">
        {sentence}
      </span>
      {hasLink(invited) && <InvitationLink invited={invited} copied={copied} onCopy={onCopy} />}
    </li>
  );
}

/** Props of {@link InviteResults}. */
export interface InviteResultsProps {
  /** Id of the results' heading, which names the region and takes focus after a full success. */
  readonly titleId: string;
  /** Every invitee accepted since the form opened, oldest first. */
  readonly invited: readonly InvitedMember[];
}

/** The results region; see the module comment. */
export function InviteResults({ titleId, invited }: InviteResultsProps): ReactNode {
  const messages = useMessageSections(INVITE_FIELD_MESSAGES);
  const format = useRosterFormat();
  const refused = useRosterMachine(inviteMachine, selectRefused, shallowEqual);
  const { copiedId, copy } = useInvitationClipboard();
  const text = messages.invite;
  return (
    <section className="rk-invite-form__results" data-scope="invite-form" data-part="results" aria-labelledby={titleId}>
      <h3 className="rk-invite-form__results-title" data-scope="invite-form" data-part="results-title" id={titleId} tabIndex={-1}>
        {text.resultsTitle}
      </h3>
      <p className="rk-invite-form__results-summary" data-scope="invite-form" data-part="results-summary">
        {text.resultSummary({ sent: invited.length, failed: refused.length }, format)}
      </p>
      <ul className="rk-invite-form__results-list" data-scope="invite-form" data-part="results">
        {invited.map((entry) => (
          <InvitedResult key={entry.draftId} invited={entry} copied={copiedId === entry.draftId} onCopy={copy} />
        ))}
        {refused.map((entry) => (
          <li className="rk-invite-form__result" key={entry.id} data-scope="invite-form" data-part="result" data-outcome="failed">
            {text.resultFailed({ email: entry.draft.email.trim(), reason: inviteFieldError(entry, "email", null, messages, format) ?? (entry.failure ? errorReason(entry.failure, messages, format) : "") }, format)}
          </li>
        ))}
      </ul>
    </section>
  );
}
