import { createHash } from "node:crypto"
import { HelpdeskModuleService } from "../../modules/helpdesk"
import { AUDIT_OBJECT_TYPES } from "../../modules/helpdesk/models/audit-entry"

export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number]

/** Objects as they are at one moment: a display name and the fields the log compares. */
export type AuditSnapshot = { id: string; name: string | null; values: Record<string, unknown> }[]

/** One field's change; a secret's is only "changed", never a value. */
export type AuditChange = { old: unknown; new: unknown } | "changed"

/** The settings are one object. */
export const SETTINGS_OBJECT_ID = "settings"

// Bookkeeping the collector and the ORM write on their own, not an admin's change.
const IGNORED = new Set([
  "id", "created_at", "updated_at", "deleted_at", "checkpoint", "lease_token", "lease_expires_at",
  "last_check_at", "last_success_at", "last_error", "last_error_at", "imported_count",
])

/** Encrypted mailbox passwords and anything named like a credential. */
export const isSecretField = (field: string) => /_encrypted$|password|secret|token/i.test(field)

type Row = { id: string; [field: string]: unknown }

/**
 * A secret is kept only as a digest, so the snapshot (stored with the
 * workflow's state) holds no ciphertext and still tells whether it changed.
 */
function snapshotOf(rows: Row[], name: (row: Row) => unknown): AuditSnapshot {
  return rows.map((row) => {
    const values = Object.fromEntries(
      Object.entries(row)
        .filter(([field, value]) => !IGNORED.has(field) && (typeof value !== "object" || value === null || !("id" in value)))
        .map(([field, value]) => [field, isSecretField(field) && value != null ? digest(value) : value])
    )
    return { id: row.id, name: (name(row) as string | null) ?? null, values }
  })
}

const digest = (value: unknown) => createHash("sha256").update(String(value)).digest("hex").slice(0, 16)

const TEMPLATE_FIELDS = ["id", "name", "templates", "signature", "receipt_template", "confirmation_template"]

const LOADERS: Record<AuditObjectType, (helpdesk: HelpdeskModuleService, ids: string[]) => Promise<AuditSnapshot>> = {
  mailbox: async (h, ids) => snapshotOf((await h.listMailboxes({ id: ids })) as unknown as Row[], (r) => r.name),
  mail_template: async (h, ids) =>
    snapshotOf((await h.listMailboxes({ id: ids }, { select: TEMPLATE_FIELDS })) as unknown as Row[], (r) => r.name),
  form: async (h, ids) => snapshotOf((await h.listForms({ id: ids })) as unknown as Row[], (r) => r.name),
  department: async (h, ids) => snapshotOf((await h.listDepartments({ id: ids })) as unknown as Row[], (r) => r.name),
  canned_reply: async (h, ids) => snapshotOf((await h.listCannedReplies({ id: ids })) as unknown as Row[], (r) => r.title),
  department_member: async (h, ids) => {
    const departments = await h.listDepartments({ id: ids }, { select: ["id", "name"] })
    const members = await h.listDepartmentMembers({ department_id: ids }, { select: ["department_id", "user_id"] })
    const rows = departments.map((d) => ({
      id: d.id,
      name: d.name,
      user_ids: members.filter((m) => m.department_id === d.id).map((m) => m.user_id).sort(),
    }))
    return snapshotOf(rows, (r) => r.name)
  },
  settings: async (h) => {
    const settings = (await h.getSettings()) as unknown as Record<string, unknown>
    return snapshotOf([{ ...settings, id: SETTINGS_OBJECT_ID }], () => "Helpdesk settings")
  },
}

export function loadAuditSnapshot(helpdesk: HelpdeskModuleService, type: AuditObjectType, ids: string[]) {
  return ids.length || type === "settings" ? LOADERS[type](helpdesk, ids) : Promise.resolve([])
}

/** Each field whose value differs, with its old and new value ("changed" for a secret). */
export function diffValues(before: Record<string, unknown> = {}, after: Record<string, unknown> = {}) {
  const changes: Record<string, AuditChange> = {}
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = before[field] ?? null
    const now = after[field] ?? null
    if (JSON.stringify(old) === JSON.stringify(now)) continue
    changes[field] = isSecretField(field) ? "changed" : { old, new: now }
  }
  return changes
}
