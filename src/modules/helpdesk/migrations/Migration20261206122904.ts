import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206122904 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "helpdesk_audit_entry" ("id" text not null, "actor_id" text null, "object_type" text check ("object_type" in ('mailbox', 'mail_template', 'form', 'department', 'department_member', 'settings', 'canned_reply')) not null, "object_id" text not null, "object_name" text null, "action" text check ("action" in ('created', 'updated', 'deleted')) not null, "changes" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_audit_entry_deleted_at" ON "helpdesk_audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_audit_entry_created_at_id" ON "helpdesk_audit_entry" ("created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_audit_entry_object_type_object_id_created_at" ON "helpdesk_audit_entry" ("object_type", "object_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_audit_entry_actor_id_created_at" ON "helpdesk_audit_entry" ("actor_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_audit_entry" cascade;`);
  }

}
