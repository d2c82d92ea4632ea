"use client";

import type { ReactNode, Ref } from "react";
import { memo } from "react";
import type { BulkInviteRow } from "../core/bulk-invite";
import { bulkInviteRowStatus } from "../core/bulk-invite";
import type { Role } from "../core/domain.types";
import type { DraftField, InviteFieldMessages } from "./invite-field-error";
import { inviteFieldError } from "./invite-field-error";
import type { RosterFormat } from "./format";
import { deniedReason, errorReason } from "./messages/reasons";
import type { RosterMessages } from "./messages/types";

/**
 * One row of the bulk invite preview: its place in the file, its name, email and role (editable until it
 * is sent), its status as a badge with text (R23's rule: never colour alone) and every problem of the row
 * in words, each field's error under its field (R5, R6), a repeated email (R7), the policy's R7/R8
 * refusal with the unarchive or reactivate offer, the backend's refusal and a failed batch.
 * @module
 */

/** The sections of the messages a row of the bulk invite says: the invite form's, and the bulk invite's own. */
export type BulkInviteRowMessages = InviteFieldMessages & Pick<RosterMessages, "bulkInvite">;

/** Props of {@link BulkInviteRowView}. */
export interface BulkInviteRowViewProps {
  readonly row: BulkInviteRow;
  readonly roles: readonly Role[];
  /** Whether edits wait (a sending is under way). */
  readonly locked: boolean;
  readonly messages: BulkInviteRowMessages;
  readonly format: RosterFormat;
  readonly onUpdate: (rowId: string, field: "name" | "email" | "role", value: string) => void;
  readonly onRemove: (rowId: string) => void;
  readonly onOffer: ((memberId: string, action: "unarchive" | "reactivate") => void) | undefined;
  /** `aria-rowindex` of the row in the whole list (the header row is 1). */
  readonly ariaRowIndex: number;
  /** Set on virtualised rows: the virtualiser measures them. */
  readonly measureRef?: Ref<HTMLTableRowElement>;
  readonly virtualIndex?: number;
}

const FIELDS_IN_STATUS: readonly DraftField[] = ["groups", "metadata"];

function BulkInviteRowViewImpl({ row, roles, locked, messages, format, onUpdate, onRemove, onOffer, ariaRowIndex, measureRef, virtualIndex }: BulkInviteRowViewProps): ReactNode {
  const text = messages.bulkInvite;
  const status = bulkInviteRowStatus(row);
  const editable = !locked && (row.outcome === "ready" || row.outcome === "refused" || row.outcome === "failed");
  const errorId = (field: string): string => `${row.id}-${field}-error`;
  const error = (field: DraftField): string | undefined => inviteFieldError(row, field, null, messages, format);
  const offer = row.rosterConflict?.existing ?? (row.failure?.code === "duplicate" ? row.failure.existing : undefined);

  const problems: string[] = [];
  for (const field of FIELDS_IN_STATUS) {
    const message = error(field);
    if (message !== undefined) problems.push(message);
  }
  if (row.duplicateOf) problems.push(text.duplicateInFile({ row: row.duplicateOf.row }, format));
  if (row.rosterConflict) problems.push(deniedReason(row.rosterConflict, messages, format));
  if (row.outcome === "failed" && row.failure) problems.push(text.notSent({ reason: errorReason(row.failure, messages, format) }, format));
  // A refusal that names no field of the row (e.g. a rule the backend applies) is said in the status cell.
  if (row.outcome === "refused" && row.failure && Object.keys(row.fieldErrors).length === 0) problems.push(errorReason(row.failure, messages, format));

  const field = (name: "name" | "email", label: string, type: string): ReactNode => {
    const message = error(name);
    const value = row.draft[name];
    if (!editable) return <span className="rk-invite-bulk__cell-text" data-scope="invite-bulk" data-part="cell-text">{value}</span>;
    return (
      <>
        <input
          className="rk-invite-bulk__cell-input"
          type="text"
          inputMode={type === "email" ? "email" : undefined}
          autoComplete="off"
          spellCheck={false}
          data-scope="invite-bulk"
          data-part="cell-input"
          data-field={name}
          aria-label={text.fieldLabel({ field: label, row: row.row }, format)}
          aria-invalid={message !== undefined ? "true" : undefined}
          aria-describedby={message !== undefined ? errorId(name) : undefined}
          value={value}
          onChange={(event) => onUpdate(row.id, name, event.target.value)}
        />
        {message !== undefined && (
          <span className="rk-invite-bulk__cell-error" id={errorId(name)} data-scope="invite-bulk" data-part="cell-error">
            {message}
          </span>
        )}
      </>
    );
  };

  const roleError = error("role");
  const roleKnown = roles.some((role) => role.id === row.draft.role);
  return (
    <tr
      className="rk-invite-bulk__row"
      ref={measureRef}
      data-index={virtualIndex}
      aria-rowindex={ariaRowIndex}
      data-scope="invite-bulk"
      data-part="row"
      data-state={status}
      data-row-id={row.id}
    >
      <th className="rk-invite-bulk__row-number" scope="row" data-scope="invite-bulk" data-part="row-number">
        {format.count(row.row)}
      </th>
      <td>{field("name", messages.invite.nameLabel, "text")}</td>
      <td>{field("email", messages.invite.emailLabel, "email")}</td>
      <td>
        {editable ? (
          <>
            <select
              className="rk-invite-bulk__cell-input"
              data-scope="invite-bulk"
              data-part="cell-input"
              data-field="role"
              aria-label={text.fieldLabel({ field: messages.invite.roleLabel, row: row.row }, format)}
              aria-invalid={roleError !== undefined ? "true" : undefined}
              aria-describedby={roleError !== undefined ? errorId("role") : undefined}
              value={row.draft.role}
              onChange={(event) => onUpdate(row.id, "role", event.target.value)}
            >
              {!roleKnown && <option value={row.draft.role}>{row.draft.role === "" ? messages.invite.rolePlaceholder : row.draft.role}</option>}
              {roles.map((role) => (
                <option key={role.id} value={role.id}>
                  {role.label}
                </option>
              ))}
            </select>
            {roleError !== undefined && (
              <span className="rk-invite-bulk__cell-error" id={errorId("role")} data-scope="invite-bulk" data-part="cell-error">
                {roleError}
              </span>
            )}
          </>
        ) : (
          <span className="rk-invite-bulk__cell-text" data-scope="invite-bulk" data-part="cell-text">
            {roles.find((role) => role.id === row.draft.role)?.label ?? row.draft.role}
          </span>
        )}
      </td>
      <td>
        <span className="rk-invite-bulk__row-status" data-scope="invite-bulk" data-part="row-status" data-state={status}>
          {text.outcome[status]}
        </span>
        {problems.map((problem) => (
          <span className="rk-invite-bulk__row-problem" key={problem} data-scope="invite-bulk" data-part="row-problem">
            {problem}
          </span>
        ))}
        {offer?.offer && onOffer && editable && (
          <button className="rk-invite-bulk__offer" type="button" data-scope="invite-bulk" data-part="offer" data-variant="ghost" onClick={() => onOffer(offer.userId, offer.offer ?? "unarchive")}>
            {offer.offer === "reactivate" ? messages.invite.reactivateInstead : messages.invite.unarchiveInstead}
          </button>
        )}
      </td>
      <td>
        {editable && (
          <button className="rk-invite-bulk__remove-row" type="button" data-scope="invite-bulk" data-part="remove-row" data-variant="ghost" onClick={() => onRemove(row.id)}>
            {text.removeRow({ row: row.row }, format)}
          </button>
        )}
      </td>
    </tr>
  );
}

/** A row re-renders only when its own row (or what all rows share) changes: typing in one row of 1,000 re-renders that row. */
export const BulkInviteRowView = memo(BulkInviteRowViewImpl);
