import { Input, RadioGroup, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { TicketDialogProps, useDebouncedValue, useMergeTargets, useMergeTicket } from "../hooks/api/ticket-dialogs"
import { useTicketWorkflow } from "../hooks/api/workflow"
import { useHelpdeskT } from "../lib/i18n"
import { ActionDrawer, failed } from "./action-drawer"
import { DrawerField } from "./drawer-field"

/**
 * Merge a duplicate into another ticket (F-SPLIT-MERGE). Before anything is
 * typed it offers the same sender's other tickets, the usual duplicates;
 * typing searches by number or words as the ticket list does.
 */
export const TicketMergeDialog = ({ ticket, open, onClose }: TicketDialogProps) => {
  const t = useHelpdeskT("dialogs")
  const prompt = usePrompt()
  const navigate = useNavigate()
  const merge = useMergeTicket(ticket.id)
  const { data: workflow } = useTicketWorkflow()
  const [search, setSearch] = useState("")
  const [targetId, setTargetId] = useState("")
  const q = useDebouncedValue(search.trim())
  const { data, isLoading, isError, error } = useMergeTargets(q ? { q } : { contact_email: ticket.contact_email }, open)
  const candidates = (data?.tickets ?? []).filter((c) => c.id !== ticket.id && c.status !== "deleted")
  const target = candidates.find((c) => c.id === targetId)
  const statusLabel = (status: string) => workflow?.statuses.find((s) => s.id === status)?.label ?? status

  const submit = async () => {
    if (!target) return false
    const confirmed = await prompt({
      title: t("merge.confirm_title", { number: ticket.number, target: target.number }),
      description: t("merge.confirm_description", { number: ticket.number, target: target.number }),
      confirmText: t("merge.confirm"),
      cancelText: t("cancel"),
    })
    if (!confirmed) return false
    try {
      const { ticket: merged } = await merge.mutateAsync({ into_ticket_id: target.id })
      toast.success(t("merge.done", { number: merged.number }))
      navigate(`/helpdesk/${merged.id}`)
      return true
    } catch (err) {
      return failed(err)
    }
  }

  return (
    <ActionDrawer
      open={open}
      onClose={onClose}
      title={t("merge.title", { number: ticket.number })}
      description={t("merge.intro")}
      confirmText={t("merge.submit")}
      disabled={!target}
      onConfirm={submit}
    >
      <DrawerField id="merge-search" label={t("merge.search")}>
        <Input
          id="merge-search"
          type="search"
          autoComplete="off"
          placeholder={t("merge.search_placeholder")}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </DrawerField>
      <Text size="small" weight="plus">
        {q ? t("merge.results") : t("merge.suggestions", { email: ticket.contact_email })}
      </Text>
      {isLoading ? (
        <Text size="small" className="text-ui-fg-subtle">{t("merge.loading")}</Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error">{t("merge.error", { message: (error as Error).message })}</Text>
      ) : !candidates.length ? (
        <Text size="small" className="text-ui-fg-subtle">{t("merge.empty")}</Text>
      ) : (
        <RadioGroup value={targetId} onValueChange={setTargetId} aria-label={t("merge.search")} className="flex flex-col gap-y-2">
          {candidates.map((c) => (
            <RadioGroup.ChoiceBox
              key={c.id}
              id={`merge-${c.id}`}
              value={c.id}
              label={t("merge.choice", { number: c.number, subject: c.subject })}
              description={t("merge.choice_detail", { contact: c.contact_name || c.contact_email, status: statusLabel(c.status) })}
            />
          ))}
        </RadioGroup>
      )}
    </ActionDrawer>
  )
}
