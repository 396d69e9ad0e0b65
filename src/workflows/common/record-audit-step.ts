import { createStep, StepResponse, transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../modules/helpdesk"
import { AuditObjectType, AuditSnapshot, diffValues, loadAuditSnapshot } from "./audit-snapshot"

/** Who changes the helpdesk's configuration: the admin user from the route's auth context. */
export interface AuditActor {
  actor_id?: string | null
}

export interface AuditTarget {
  object_type: AuditObjectType
  /** The objects concerned; for a create, the ones just made. Settings need none. */
  ids?: string[]
  id?: string
}

const idsOf = ({ ids, id }: AuditTarget) => ids ?? (id ? [id] : [])

export const snapshotForAuditStepId = "snapshot-for-audit"

/** Reads the objects before a change, so the log can say what each field was. */
export const snapshotForAuditStep = createStep(snapshotForAuditStepId, async (target: AuditTarget, { container }) => {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  return new StepResponse(await loadAuditSnapshot(helpdesk, target.object_type, idsOf(target)))
})

export type RecordAuditInput = AuditTarget & AuditActor & { before?: AuditSnapshot }

export const recordAuditStepId = "record-audit"

/**
 * Writes one audit entry per object that changed, comparing the snapshot taken
 * before with the objects as they are now: gone is "deleted", new is
 * "created". An edit that changed nothing is not logged. Compensation removes
 * the entries, so an undone change leaves no trace.
 */
export const recordAuditStep = createStep(
  recordAuditStepId,
  async ({ object_type, actor_id, before = [], ...target }: RecordAuditInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ids = [...new Set([...before.map((o) => o.id), ...idsOf({ object_type, ...target })])]
    const after = await loadAuditSnapshot(helpdesk, object_type, ids)
    const entries = [...new Set([...ids, ...after.map((o) => o.id)])].flatMap((id) => {
      const [old, now] = [before.find((o) => o.id === id), after.find((o) => o.id === id)]
      if (!old && !now) return []
      const changes = diffValues(old?.values, now?.values)
      if (old && now && !Object.keys(changes).length) return []
      const action = !old ? ("created" as const) : !now ? ("deleted" as const) : ("updated" as const)
      const object_name = (now ?? old)!.name
      return [{ actor_id: actor_id ?? null, object_type, object_id: id, object_name, action, changes }]
    })
    const written = entries.length ? await helpdesk.createAuditEntries(entries) : []
    return new StepResponse(written.length, written.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteAuditEntries(ids)
  }
)

/** The workflow's input without the actor, for steps that store every field they are given. */
export const withoutActor = <T extends object>(input: WorkflowData<T & AuditActor>) =>
  transform({ input }, ({ input }) => {
    const { actor_id: _actor, ...rest } = input as T & AuditActor
    return rest as unknown as T
  })

/** The ids of rows a step just made. */
export const idsOfRows = (rows: WorkflowData<{ id: string }[]>) => transform({ rows }, ({ rows }) => rows.map((r) => r.id))
