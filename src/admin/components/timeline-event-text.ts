import { formatMoney } from "../lib/format"
import { AdminTicketEvent } from "../lib/types"

type T = (key: string, options?: Record<string, unknown>) => string

const money = (e: AdminTicketEvent, amount: unknown) =>
  typeof amount === "number" ? formatMoney(amount, String(e.data?.currency_code ?? "eur")) : String(amount ?? "")

/** A history event as one line in the admin's language (keys under ticket.events). */
export function eventText(t: T, e: AdminTicketEvent): string {
  const d = e.data ?? {}
  const note = d.note ? t("events.withNote", { note: String(d.note) }) : ""
  const moved = (key: string) => {
    const verb = t(`events.${key}`)
    return d.from && d.to && d.from !== d.to ? t("events.moved", { verb, from: String(d.from), to: String(d.to) }) : verb
  }
  switch (e.type) {
    case "created":
      return t("events.created", { channel: t(`info.channels.${String(d.channel)}`, { defaultValue: String(d.channel ?? "") }) })
    case "reply":
    case "resend":
    case "claimed":
    case "claim_taken_over":
    case "claim_released":
    case "order_linked":
    case "customer_linked":
      return t(`events.${e.type}`)
    case "reply_and_close":
    case "close":
    case "reopen":
    case "cancel":
    case "delete":
    case "restore":
    case "accept":
      return moved(e.type)
    case "forward":
      return d.to ? t("events.forward", { to: String(d.to) }) : t("events.forwardColleague")
    case "assign":
      return d.comment ? t("events.assignComment", { comment: String(d.comment) }) : t("events.assign")
    case "subject_changed":
      return t("events.subject_changed", { from: String(d.from ?? "") })
    case "order_canceled":
      return t("events.order_canceled", { id: d.display_id })
    case "order_refunded":
      return t("events.order_refunded", { amount: money(e, d.amount), id: d.display_id }) + note
    case "order_return_received": {
      const refund = d.refund as { amount?: number } | null | undefined
      const count = ((d.items as { quantity?: number }[] | undefined) ?? []).reduce((n, i) => n + Number(i.quantity ?? 0), 0)
      const refunded = refund ? t("events.returnRefunded", { amount: money(e, refund.amount) }) : ""
      return t("events.order_return_received", { count, id: d.display_id }) + refunded + note
    }
    case "order_confirmation_resent":
      return t("events.order_confirmation_resent", { id: d.display_id })
    default:
      return e.type
  }
}
