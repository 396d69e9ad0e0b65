import { useEffect, useState } from "react"

/** The ticket page's `j`/`k` read the list's visible rows from here, in order. */
export const LIST_IDS_KEY = "helpdesk:list-ids"

const typingIn = (target: EventTarget | null) => {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName) || el.getAttribute("role") === "combobox")
}

/** `/` focuses the input inside the element with this id, unless the agent is typing somewhere. */
export const useSlashFocus = (id: string) => {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return
      const input = document.getElementById(id)?.querySelector("input")
      if (!input) return
      event.preventDefault()
      input.focus()
      input.select()
    }
    document.addEventListener("keydown", onKey)
    return () => document.removeEventListener("keydown", onKey)
  }, [id])
}

/** Remembers the ids of the rows on screen, whenever there are some. */
export const useRememberListIds = (ids: string[]) => {
  const joined = ids.join(",")
  useEffect(() => {
    if (!ids.length) return
    try {
      sessionStorage.setItem(LIST_IDS_KEY, JSON.stringify(ids))
    } catch {
      // Storage full or disabled: j/k just has nothing to go by.
    }
  }, [joined])
}

/**
 * State kept for the browser tab, so "back to the list" from a ticket finds
 * the same view, filters and search (SPEC §5).
 */
export function useSessionState<T>(key: string, initial: T) {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = sessionStorage.getItem(key)
      return stored === null ? initial : (JSON.parse(stored) as T)
    } catch {
      return initial
    }
  })
  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(value))
    } catch {
      // Not kept: the list opens on its defaults next time.
    }
  }, [key, value])
  return [value, setValue] as const
}
