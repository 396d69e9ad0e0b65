import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122214052 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_ticket" add column if not exists "claimed_by_id" text null, add column if not exists "claim_expires_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_ticket" drop column if exists "claimed_by_id", drop column if exists "claim_expires_at";`);
  }

}
