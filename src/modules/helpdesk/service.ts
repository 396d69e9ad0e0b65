import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  Department,
  DepartmentMember,
  Ticket,
  TicketAttachment,
  TicketEvent,
  TicketMessage,
} from "./models"
import { HelpdeskOptions, parseHelpdeskOptions } from "./options"
import { pickFreeTicketNumbers, TicketNumberSource } from "./ticket-numbers"
import { CreateTicketInput } from "./types"

/** A concurrent insert can take a number between our check and our insert. */
const MAX_NUMBERING_ATTEMPTS = 12

class HelpdeskModuleService extends MedusaService({
  Ticket,
  TicketMessage,
  TicketAttachment,
  TicketEvent,
  Department,
  DepartmentMember,
}) {
  protected readonly options_: HelpdeskOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseHelpdeskOptions(options)
  }

  getOptions(): HelpdeskOptions {
    return this.options_
  }

  /**
   * Creates tickets, each with a free random public number. Numbers are
   * checked before the insert and the unique index settles races: a lost race
   * retries with fresh numbers, a full number space fails at once.
   */
  async createNumberedTickets(
    data: CreateTicketInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    // Inside a caller's transaction a failed insert aborts it, so no retry.
    const attempts = sharedContext.transactionManager ? 1 : MAX_NUMBERING_ATTEMPTS
    for (let attempt = 1; ; attempt++) {
      const numbers = await this.pickTicketNumbers_(data.length, sharedContext)
      try {
        return await this.createTickets(
          data.map((ticket, i) => ({
            language: this.options_.defaultLanguage,
            ...ticket,
            number: numbers[i],
          })),
          sharedContext
        )
      } catch (error) {
        if (attempt >= attempts || !isTicketNumberConflict(error)) {
          throw error
        }
      }
    }
  }

  @InjectManager()
  protected async pickTicketNumbers_(
    count: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager!
    const source: TicketNumberSource = {
      // Raw SQL on purpose: soft-deleted tickets keep their numbers too.
      taken: async (candidates) => {
        const rows = await manager.execute(
          `select number from helpdesk_ticket where number in (${candidates.map(() => "?").join(", ")})`,
          candidates
        )
        return rows.map((row: { number: string }) => row.number)
      },
      countTaken: async (digits) => {
        const [row] = await manager.execute(
          `select count(*)::int as count from helpdesk_ticket where char_length(number) = ? and number ~ '^[0-9]+$'`,
          [digits]
        )
        return row.count
      },
      freeAtRandom: async (min, max, limit) => {
        const rows = await manager.execute(
          `select n::text as number from generate_series(?::bigint, ?::bigint) n
           where not exists (select 1 from helpdesk_ticket t where t.number = n::text)
           order by random() limit ?`,
          [min, max, limit]
        )
        return rows.map((row: { number: string }) => row.number)
      },
    }
    return pickFreeTicketNumbers(count, this.options_.ticketNumberDigits, source)
  }
}

function isTicketNumberConflict(error: unknown): boolean {
  const e = error as { code?: string; type?: string; message?: string }
  if (e?.code === "23505") {
    return /number/.test(e.message ?? "")
  }
  return (
    e?.type === MedusaError.Types.INVALID_DATA &&
    /with number: .*already exists/.test(e.message ?? "")
  )
}

export default HelpdeskModuleService
