import { TICKET_LIST_COLUMNS } from "../../../../modules/helpdesk"

/** The list row's columns; the list's SQL hot path returns exactly these. */
export const adminTicketListFields: string[] = [...TICKET_LIST_COLUMNS]

export const adminTicketFields = [
  ...adminTicketListFields,
  "status_before_delete",
  "merged_into_id",
  "custom_fields",
  "metadata",
  "department.id",
  "department.name",
  "messages.id",
  "messages.kind",
  "messages.author_type",
  "messages.author_id",
  "messages.author_email",
  "messages.author_name",
  "messages.body_text",
  "messages.body_html",
  "messages.quoted_text",
  "messages.delivery_status",
  "messages.delivery_error",
  "messages.recipients",
  "messages.created_at",
  "messages.attachments.id",
  "messages.attachments.filename",
  "messages.attachments.content_type",
  "messages.attachments.size",
  "messages.attachments.inline",
  "messages.attachments.content_id",
  "events.id",
  "events.type",
  "events.actor_type",
  "events.actor_id",
  "events.data",
  "events.created_at",
  "watchers.user_id",
]

/**
 * Everything `fields` may ask of a ticket: its own columns and those of its
 * messages, attachments, history and watchers. Nothing that leads to other
 * tickets (`department.tickets`, `messages.ticket`, customer and order links),
 * and no File-module keys (`file_id`, `raw_file_id`): files are served only
 * by the download routes, which check who asks. A bare relation name allows
 * its `*relation` form: only relations without such columns have one here.
 */
export const adminTicketAllowedFields = [
  ...adminTicketFields,
  "mailbox_id",
  "department.description",
  "department.is_public",
  "messages.message_id",
  "messages.in_reply_to",
  "messages.references",
  "messages.updated_at",
  "messages.attachments.created_at",
  "department",
  "events",
  "watchers",
  "watchers.id",
  "watchers.created_at",
]

export const retrieveTicketQueryConfig = {
  defaults: adminTicketFields,
  allowed: adminTicketAllowedFields,
  isList: false,
}

export const listTicketsQueryConfig = {
  defaults: adminTicketListFields,
  allowed: adminTicketAllowedFields,
  defaultLimit: 20,
  isList: true,
}
