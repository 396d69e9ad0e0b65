import { Button, Drawer } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { AdminPanelOrder } from "../lib/types"

/** What a drawer acting on one order of the panel gets. */
export interface OrderDrawerProps<Body> {
  order: AdminPanelOrder
  open: boolean
  onClose: () => void
  submit: (body: Body) => Promise<boolean>
}

/** The frame of an action that asks for details first: title, fields, Cancel and the action's button. */
export const ActionDrawer = ({
  open,
  onClose,
  title,
  confirmText,
  disabled,
  onConfirm,
  children,
}: {
  open: boolean
  onClose: () => void
  title: string
  confirmText: string
  disabled?: boolean
  /** True when done: the drawer closes; false keeps it open with what was typed. */
  onConfirm: () => Promise<boolean>
  children: ReactNode
}) => {
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    setBusy(true)
    try {
      if (await onConfirm()) onClose()
    } finally {
      setBusy(false)
    }
  }
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={busy} disabled={disabled} onClick={confirm}>
            {confirmText}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
