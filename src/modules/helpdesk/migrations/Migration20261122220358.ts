import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122220358 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_ticket" add column if not exists "merged_into_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "helpdesk_ticket" drop column if exists "merged_into_id";`);
  }

}
