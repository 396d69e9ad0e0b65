import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { boundSql } from "./bound-sql"
import { bulkEntityId } from "./entity-ids"

export interface ContactInput {
  email: string
  name?: string | null
  language?: string | null
}

export interface ContactRow {
  id: string
  email: string
  name: string | null
  language: string | null
  access_version: number
}

const RETURNING = "returning id, email, name, language, access_version"

/** Addresses are compared lower-cased and trimmed everywhere (SPEC §6 "Known sender"). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

/**
 * One row per address, made when first needed. A single statement, so two
 * processes making the same contact at once both get the one row; a name or
 * language already known is kept (the language comes from where the contact
 * first wrote, SPEC §5).
 */
export async function upsertContacts(manager: EntityManager, data: ContactInput[]): Promise<ContactRow[]> {
  const byEmail = new Map<string, ContactInput>()
  for (const c of data) byEmail.set(normalizeEmail(c.email), c)
  if (!byEmail.size) return []
  const values: unknown[] = []
  const rows = [...byEmail].map(([email, c]) => {
    values.push(bulkEntityId("hdct"), email, c.name ?? null, c.language ?? null)
    return "(?, ?, ?, ?)"
  })
  return boundSql<ContactRow>(
    manager,
    `insert into helpdesk_contact (id, email, name, language) values ${rows.join(", ")}
     on conflict (email) where deleted_at is null do update set
       name = coalesce(helpdesk_contact.name, excluded.name),
       language = coalesce(helpdesk_contact.language, excluded.language)
     ${RETURNING}`,
    values
  )
}

/**
 * Raises the contact's access version, which revokes every guest link made
 * so far; makes the contact if there is none.
 */
export async function bumpAccessVersion(manager: EntityManager, email: string): Promise<ContactRow> {
  const [contact] = await upsertContacts(manager, [{ email }])
  const [after] = await boundSql<ContactRow>(
    manager,
    `update helpdesk_contact set access_version = access_version + 1, updated_at = now()
     where id = ? ${RETURNING}`,
    [contact.id]
  )
  return after
}

/**
 * Undoes one bump, unless the version moved on since: a revocation made by
 * someone else in between must stand.
 */
export async function unbumpAccessVersion(manager: EntityManager, id: string, version: number): Promise<void> {
  await boundSql(
    manager,
    "update helpdesk_contact set access_version = access_version - 1, updated_at = now() where id = ? and access_version = ?",
    [id, version]
  )
}
