import { Button, Drawer, Text, toast } from "@medusajs/ui"
import { FormEvent, ReactNode, useId, useState } from "react"
import { FieldValues, UseFormReturn } from "react-hook-form"
import { useHelpdeskT } from "../lib/i18n"
import { AdminPanelOrder } from "../lib/types"

/** What a drawer acting on one order of the panel gets. */
export interface OrderDrawerProps<Body> {
  order: AdminPanelOrder
  open: boolean
  onClose: () => void
  submit: (body: Body) => Promise<boolean>
}

/**
 * The frame of an action that asks for details first: title, fields, Cancel
 * and the action's button. The fields sit in a form, so Enter in a one-line
 * field confirms as the button does.
 */
export const ActionDrawer = ({
  open,
  onClose,
  title,
  description,
  confirmText,
  disabled,
  onConfirm,
  children,
}: {
  open: boolean
  onClose: () => void
  title: string
  /** A sentence under the title saying what the action does. */
  description?: string
  confirmText: string
  disabled?: boolean
  /** True when done: the drawer closes; false keeps it open with what was typed. */
  onConfirm: () => Promise<boolean>
  children: ReactNode
}) => {
  const t = useHelpdeskT("dialogs")
  const formId = useId()
  const [busy, setBusy] = useState(false)
  const confirm = async (event: FormEvent) => {
    event.preventDefault()
    if (busy || disabled) return
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
        <Drawer.Body className="overflow-y-auto">
          <form id={formId} onSubmit={confirm} className="flex flex-col gap-y-4">
            {description && (
              <Text size="small" className="text-ui-fg-subtle">
                {description}
              </Text>
            )}
            {children}
          </form>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small" type="button">
              {t("cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" form={formId} isLoading={busy} disabled={disabled}>
            {confirmText}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** Toasts what went wrong and says "not done", for an `onConfirm` that failed. */
export const failed = (error: unknown) => {
  toast.error((error as Error)?.message ?? String(error))
  return false
}

/**
 * An `onConfirm` for a react-hook-form form: validates, shows the field errors
 * and stays open when invalid, else runs `run` with the values.
 */
export const submitWith =
  <Values extends FieldValues>(form: UseFormReturn<Values>, run: (values: Values) => Promise<boolean>) =>
  () =>
    new Promise<boolean>((resolve) => {
      void form.handleSubmit(
        async (values) => resolve(await run(values)),
        () => resolve(false)
      )()
    })
