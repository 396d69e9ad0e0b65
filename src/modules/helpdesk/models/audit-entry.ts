import { model } from "@medusajs/framework/utils"

/**
 * One change to the helpdesk's configuration (SPEC §5, audit): who changed
 * which object when, and each changed field's old and new value. Secrets are
 * written as "changed" without values, so the log can be shown to supervisors.
 * Rows are only ever added; `object_name` keeps the name the object had then,
 * so an entry still reads well after the object is deleted.
 */
/** The kinds of object the log follows: the helpdesk's configuration. */
export const AUDIT_OBJECT_TYPES = [
  "mailbox",
  "mail_template",
  "form",
  "department",
  "department_member",
  "settings",
  "canned_reply",
] as const

export const AUDIT_ACTIONS = ["created", "updated", "deleted"] as const

export const AuditEntry = model
  .define({ name: "audit_entry", tableName: "helpdesk_audit_entry" }, {
    id: model.id({ prefix: "haud" }).primaryKey(),
    /** The admin user who made the change; null when the system did. */
    actor_id: model.text().nullable(),
    object_type: model.enum([...AUDIT_OBJECT_TYPES]),
    object_id: model.text(),
    object_name: model.text().nullable(),
    action: model.enum([...AUDIT_ACTIONS]),
    /** { field: { old, new } }, or { field: "changed" } for a secret. */
    changes: model.json().nullable(),
  })
  .indexes([
    // Newest first with keyset paging, whole log or one object's or one actor's.
    { on: ["created_at", "id"] },
    { on: ["object_type", "object_id", "created_at"] },
    { on: ["actor_id", "created_at"] },
  ])
