import { Container } from "@medusajs/ui"
import { ReactNode, useEffect, useState } from "react"

// The admin's stylesheet holds only the Tailwind classes Medusa's own pages
// use (a plugin's are not scanned), and none fixes a width at a breakpoint:
// the side column's width is set inline when the screen is wide.
const WIDE = "(min-width: 1280px)"
const SIDE_WIDTH = 240

const useWide = () => {
  const [wide, setWide] = useState(() => typeof window !== "undefined" && window.matchMedia(WIDE).matches)
  useEffect(() => {
    const query = window.matchMedia(WIDE)
    const onChange = () => setWide(query.matches)
    query.addEventListener("change", onChange)
    return () => query.removeEventListener("change", onChange)
  }, [])
  return wide
}

/** The views beside the list on wide screens, above it on narrow ones. */
export const TicketListLayout = ({ side, children }: { side: ReactNode; children: ReactNode }) => {
  const wide = useWide()
  return (
    <div className="flex flex-col gap-2 xl:flex-row xl:items-start">
      <Container className="shrink-0 p-0" style={wide ? { width: SIDE_WIDTH } : undefined}>
        {side}
      </Container>
      <Container className="min-w-0 flex-1 divide-y p-0">{children}</Container>
    </div>
  )
}
