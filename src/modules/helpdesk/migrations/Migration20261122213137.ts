import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122213137 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "helpdesk_ticket_action" ("id" text not null, "label" text not null, "actor_types" text[] not null, "transitions" jsonb not null, "assigns_actor" boolean not null default false, "position" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_ticket_action_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_action_deleted_at" ON "helpdesk_ticket_action" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "helpdesk_ticket_status" ("id" text not null, "label" text not null, "color" text not null default 'grey', "is_open" boolean not null default false, "position" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_ticket_status_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_status_deleted_at" ON "helpdesk_ticket_status" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_ticket_action" cascade;`);

    this.addSql(`drop table if exists "helpdesk_ticket_status" cascade;`);
  }

}
