import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122221855 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "helpdesk_saved_view" ("id" text not null, "name" text not null, "owner_id" text not null, "visibility" text check ("visibility" in ('personal', 'everyone', 'agents')) not null default 'personal', "shared_with" text[] not null default '{}', "filters" jsonb not null, "position" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "helpdesk_saved_view_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_saved_view_deleted_at" ON "helpdesk_saved_view" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_saved_view_owner_id" ON "helpdesk_saved_view" ("owner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_saved_view_visibility" ON "helpdesk_saved_view" ("visibility") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "helpdesk_saved_view" cascade;`);
  }

}
