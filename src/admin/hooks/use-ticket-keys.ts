import { useEffect } from "react"
import { useNavigate } from "react-router-dom"

/** The ids of the ticket list the agent came from, in its order (the list page writes them). */
export const LIST_IDS_KEY = "helpdesk:list-ids"

/** Other parts of the page (the composer) listen for this: `detail` is "reply" or "note". */
export const COMPOSE_EVENT = "helpdesk:compose"

const isTyping = (target: EventTarget | null) => {
  const el = target as HTMLElement | null
  if (!el) return false
  return !!el.closest?.("input, textarea, select, [contenteditable=''], [contenteditable='true'], [role='textbox'], [role='combobox'], [role='menu'], [role='dialog']")
}

const neighbour = (ticketId: string, step: 1 | -1): string | null => {
  try {
    const ids = JSON.parse(sessionStorage.getItem(LIST_IDS_KEY) ?? "[]")
    if (!Array.isArray(ids)) return null
    const at = ids.indexOf(ticketId)
    const next = at === -1 ? undefined : ids[at + step]
    return typeof next === "string" ? next : null
  } catch {
    return null
  }
}

/**
 * Keys on the ticket page: `r` reply, `n` note, `j`/`k` next/previous ticket
 * of the list. Ignored while typing, with a modifier, or in a dialog.
 */
export const useTicketKeys = (ticketId: string) => {
  const navigate = useNavigate()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return
      if (isTyping(event.target) || isTyping(document.activeElement)) return
      const key = event.key.toLowerCase()
      if (key === "r" || key === "n") {
        event.preventDefault()
        window.dispatchEvent(new CustomEvent(COMPOSE_EVENT, { detail: key === "r" ? "reply" : "note" }))
      } else if (key === "j" || key === "k") {
        const id = neighbour(ticketId, key === "j" ? 1 : -1)
        if (id) {
          event.preventDefault()
          navigate(`/helpdesk/${id}`)
        }
      }
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [ticketId, navigate])
}
