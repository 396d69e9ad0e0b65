import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../modules/helpdesk"

/** Helpdesk records whose plain create/update/delete steps are made here. */
type Entity = "CustomerNotes" | "CannedReplies" | "TicketWatchers" | "SavedViews" | "Mailboxes"

type Row = { id: string; [key: string]: unknown }
type Service = Record<string, (...args: any[]) => Promise<any>>

const service = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(HELPDESK_MODULE) as unknown as Service

/** A step that creates rows; compensation deletes them. */
export function createRecordsStep<T extends object>(stepId: string, entity: Entity) {
  return createStep(
    stepId,
    async (data: T[], { container }) => {
      const rows: Row[] = data.length ? await service(container)[`create${entity}`](data) : []
      return new StepResponse(rows, rows.map((r) => r.id))
    },
    async (ids, { container }) => {
      if (ids?.length) await service(container)[`delete${entity}`](ids)
    }
  )
}

/** A step that updates one row; compensation puts back the fields it changed. */
export function updateRecordStep<T extends { id: string }>(stepId: string, entity: Entity) {
  return createStep(
    stepId,
    async ({ id, ...changes }: T, { container }) => {
      const [before]: Row[] = await service(container)[`list${entity}`]({ id })
      const updated: Row = await service(container)[`update${entity}`]({ id, ...changes })
      const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, before?.[k]]))
      return new StepResponse(updated, { id, ...previous })
    },
    async (previous, { container }) => {
      if (previous) await service(container)[`update${entity}`](previous)
    }
  )
}

/** A step that deletes rows; compensation writes them back as they were. */
export function deleteRecordsStep(stepId: string, entity: Entity, fields: string[]) {
  return createStep(
    stepId,
    async (ids: string[], { container }) => {
      const rows: Row[] = ids.length ? await service(container)[`list${entity}`]({ id: ids }, { select: ["id", ...fields] }) : []
      if (rows.length) await service(container)[`delete${entity}`](rows.map((r) => r.id))
      return new StepResponse(rows.map((r) => r.id), rows)
    },
    async (rows, { container }) => {
      if (rows?.length) await service(container)[`create${entity}`](rows)
    }
  )
}
