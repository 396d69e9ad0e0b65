import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206081524 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_form_submission" drop constraint if exists "helpdesk_form_submission_form_id_idempotency_key_unique";`);
    this.addSql(`create table if not exists "helpdesk_form" ("id" text not null, "name" text not null, "title" text not null, "description" text null, "language" text not null default 'en', "fields" jsonb not null, "button_text" text null, "colors" jsonb null, "after_submit" text check ("after_submit" in ('message', 'redirect')) not null default 'message', "success_message" text null, "redirect_url" text null, "department_id" text null, "department_choice" boolean not null default false, "sales_channel_id" text null, "allowed_origins" jsonb null, "mailbox_id" text null, "altcha_enabled" boolean not null default true, "enabled" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_form_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_form_deleted_at" ON "helpdesk_form" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_form_submission" ("id" text not null, "form_id" text not null, "idempotency_key" text not null, "ticket_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_form_submission_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_form_submission_deleted_at" ON "helpdesk_form_submission" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_helpdesk_form_submission_form_id_idempotency_key_unique" ON "helpdesk_form_submission" ("form_id", "idempotency_key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_form" cascade;`);

    this.addSql(`drop table if exists "helpdesk_form_submission" cascade;`);
  }

}
