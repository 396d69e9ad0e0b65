import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204175531 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_outbound_mail" drop constraint if exists "helpdesk_outbound_mail_message_id_unique";`);
    this.addSql(`alter table if exists "helpdesk_notification_preference" drop constraint if exists "helpdesk_notification_preference_user_id_unique";`);
    this.addSql(`alter table if exists "helpdesk_contact" drop constraint if exists "helpdesk_contact_email_unique";`);
    this.addSql(`create table if not exists "helpdesk_contact" ("id" text not null, "email" text not null, "name" text null, "language" text null, "access_version" integer not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_contact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_contact_deleted_at" ON "helpdesk_contact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_contact_email_unique" ON "helpdesk_contact" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_notification_preference" ("id" text not null, "user_id" text not null, "new_ticket" boolean not null default true, "assigned" boolean not null default true, "customer_replied" boolean not null default true, "watched" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_notification_preference_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_notification_preference_deleted_at" ON "helpdesk_notification_preference" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_notification_preference_user_id_unique" ON "helpdesk_notification_preference" ("user_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_outbound_mail" ("id" text not null, "kind" text check ("kind" in ('reply', 'forward', 'receipt', 'confirmation', 'notification')) not null, "ticket_id" text null, "ticket_message_id" text null, "mailbox_id" text null, "sender" text check ("sender" in ('mailbox', 'noreply')) not null default 'mailbox', "recipient_user_id" text null, "from_address" text not null, "from_name" text null, "reply_to" text null, "to" text[] not null, "cc" text[] null, "bcc" text[] null, "subject" text not null, "body_text" text not null, "body_html" text null, "message_id" text not null, "in_reply_to" text null, "references" text[] null, "headers" jsonb null, "attachments" jsonb null, "status" text check ("status" in ('pending', 'sending', 'sent', 'failed')) not null default 'pending', "attempts" integer not null default 0, "next_attempt_at" timestamptz not null, "claim_token" text null, "claim_expires_at" timestamptz null, "last_error" text null, "smtp_response" text null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_outbound_mail_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_outbound_mail_deleted_at" ON "helpdesk_outbound_mail" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_outbound_mail_message_id_unique" ON "helpdesk_outbound_mail" ("message_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_outbound_mail_next_attempt_at" ON "helpdesk_outbound_mail" ("next_attempt_at") WHERE status IN ('pending', 'sending') AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_outbound_mail_ticket_message_id" ON "helpdesk_outbound_mail" ("ticket_message_id") WHERE ticket_message_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_outbound_mail_ticket_id_created_at" ON "helpdesk_outbound_mail" ("ticket_id", "created_at") WHERE ticket_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_send_counter" ("id" text not null, "count" integer not null default 0, "window_ends_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_send_counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_send_counter_deleted_at" ON "helpdesk_send_counter" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "helpdesk_mailbox" add column if not exists "noreply_smtp_host" text null, add column if not exists "noreply_smtp_port" integer null, add column if not exists "noreply_smtp_secure" boolean not null default true, add column if not exists "noreply_smtp_user" text null, add column if not exists "noreply_smtp_password_encrypted" text null, add column if not exists "templates" jsonb null;`);

    this.addSql(`alter table if exists "helpdesk_ticket_message" add column if not exists "delivery_error" text null, add column if not exists "recipients" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_contact" cascade;`);

    this.addSql(`drop table if exists "helpdesk_notification_preference" cascade;`);

    this.addSql(`drop table if exists "helpdesk_outbound_mail" cascade;`);

    this.addSql(`drop table if exists "helpdesk_send_counter" cascade;`);

    this.addSql(`alter table if exists "helpdesk_mailbox" drop column if exists "noreply_smtp_host", drop column if exists "noreply_smtp_port", drop column if exists "noreply_smtp_secure", drop column if exists "noreply_smtp_user", drop column if exists "noreply_smtp_password_encrypted", drop column if exists "templates";`);

    this.addSql(`alter table if exists "helpdesk_ticket_message" drop column if exists "delivery_error", drop column if exists "recipients";`);
  }

}
