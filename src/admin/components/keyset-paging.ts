import type { DataTablePaginationState } from "@medusajs/ui"
import { useCallback, useRef, useState } from "react"

/**
 * The DataTable's page index, turned into the API's keyset paging: each page's
 * `next_cursor` is kept for the page after it, so Next and Previous never use
 * an offset (deep pages cost the same as the first). Search answers have no
 * cursor; their pages fall back to the offset.
 */
export const useKeysetPaging = (pageSize: number) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize })
  const cursors = useRef<Record<number, string | null>>({ 0: null })

  const pageQuery = {
    limit: pagination.pageSize,
    ...(cursors.current[pagination.pageIndex]
      ? { cursor: cursors.current[pagination.pageIndex]! }
      : { offset: pagination.pageIndex * pagination.pageSize }),
  }
  /** Call with each answer: remembers where the next page starts. */
  const received = useCallback((pageIndex: number, nextCursor: string | null | undefined) => {
    cursors.current[pageIndex + 1] = nextCursor ?? null
  }, [])
  /** Filters or order changed: back to the first page, cursors forgotten. */
  const reset = useCallback(() => {
    cursors.current = { 0: null }
    setPagination((p) => (p.pageIndex === 0 ? p : { ...p, pageIndex: 0 }))
  }, [])

  return { pagination, setPagination, pageQuery, received, reset }
}
