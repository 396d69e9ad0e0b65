import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122233718 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_ticket_message" drop constraint if exists "helpdesk_ticket_message_inbound_mail_id_unique";`);
    this.addSql(`alter table if exists "helpdesk_inbound_mail" drop constraint if exists "helpdesk_inbound_mail_mailbox_id_dedupe_key_unique";`);
    this.addSql(`create table if not exists "helpdesk_inbound_mail" ("id" text not null, "mailbox_id" text not null, "dedupe_key" text not null, "uid_validity" text null, "uid" text null, "message_id" text null, "from_address" text null, "subject" text null, "sent_at" timestamptz null, "size" integer not null default 0, "status" text check ("status" in ('received', 'imported', 'skipped', 'failed')) not null default 'received', "reason" text null, "auto" text null, "raw_file_id" text null, "ticket_id" text null, "ticket_message_id" text null, "attempts" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_inbound_mail_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_inbound_mail_deleted_at" ON "helpdesk_inbound_mail" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_inbound_mail_mailbox_id_dedupe_key_unique" ON "helpdesk_inbound_mail" ("mailbox_id", "dedupe_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_inbound_mail_mailbox_id_status_created_at" ON "helpdesk_inbound_mail" ("mailbox_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_inbound_mail_mailbox_id_from_address_created_at" ON "helpdesk_inbound_mail" ("mailbox_id", "from_address", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_mailbox" ("id" text not null, "name" text not null, "address" text not null, "language" text null, "enabled" boolean not null default true, "imap_host" text not null, "imap_port" integer not null default 993, "imap_secure" boolean not null default true, "imap_user" text not null, "imap_password_encrypted" text null, "imap_folder" text not null default 'INBOX', "after_import" text check ("after_import" in ('keep', 'move')) not null default 'keep', "move_to_folder" text null, "smtp_host" text null, "smtp_port" integer null, "smtp_secure" boolean not null default true, "smtp_user" text null, "smtp_password_encrypted" text null, "signature" text null, "receipt_template" text null, "confirmation_template" text null, "receipt_enabled" boolean not null default true, "antispam_enabled" boolean not null default false, "noreply_address" text null, "reply_mode" text check ("reply_mode" in ('full', 'link')) not null default 'full', "sales_channel_id" text null, "default_department_id" text null, "checkpoint" jsonb null, "lease_token" text null, "lease_expires_at" timestamptz null, "last_check_at" timestamptz null, "last_success_at" timestamptz null, "last_error" text null, "last_error_at" timestamptz null, "imported_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_mailbox_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_mailbox_deleted_at" ON "helpdesk_mailbox" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_mailbox_address" ON "helpdesk_mailbox" ("address") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "helpdesk_ticket" add column if not exists "mailbox_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_mailbox_id" ON "helpdesk_ticket" ("mailbox_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "helpdesk_ticket_message" add column if not exists "quoted_text" text null, add column if not exists "inbound_mail_id" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_message_inbound_mail_id_unique" ON "helpdesk_ticket_message" ("inbound_mail_id") WHERE inbound_mail_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_inbound_mail" cascade;`);

    this.addSql(`drop table if exists "helpdesk_mailbox" cascade;`);

    this.addSql(`drop index if exists "IDX_helpdesk_ticket_mailbox_id";`);
    this.addSql(`alter table if exists "helpdesk_ticket" drop column if exists "mailbox_id";`);

    this.addSql(`drop index if exists "IDX_helpdesk_ticket_message_inbound_mail_id_unique";`);
    this.addSql(`alter table if exists "helpdesk_ticket_message" drop column if exists "quoted_text", drop column if exists "inbound_mail_id";`);
  }

}
