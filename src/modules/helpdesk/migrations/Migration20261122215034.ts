import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122215034 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_helpdesk_ticket_updated_at" ON "helpdesk_ticket" ("updated_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_helpdesk_ticket_updated_at";`);
  }

}
