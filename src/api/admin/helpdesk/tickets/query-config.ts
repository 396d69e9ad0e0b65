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
  "messages.delivery_status",
  "messages.created_at",
  "messages.attachments.id",
  "messages.attachments.filename",
  "messages.attachments.content_type",
  "messages.attachments.size",
  "messages.attachments.inline",
  "events.id",
  "events.type",
  "events.actor_type",
  "events.actor_id",
  "events.data",
  "events.created_at",
  "watchers.user_id",
]

export const retrieveTicketQueryConfig = {
  defaults: adminTicketFields,
  isList: false,
}

export const listTicketsQueryConfig = {
  defaults: adminTicketListFields,
  defaultLimit: 20,
  isList: true,
}
