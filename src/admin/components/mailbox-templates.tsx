import { Badge, clx, FocusModal, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useMailTemplates } from "../hooks/api/content"
import { AdminMailbox } from "../hooks/api/mailboxes"
import { useHelpdeskT } from "../lib/i18n"
import { MailboxTemplateEditor } from "./mailbox-template-editor"

/** Every mail a mailbox sends from a template, each editable per language with a preview and a reset. */
export const MailboxTemplates = ({ mailbox, open, onOpenChange }: { mailbox: AdminMailbox; open: boolean; onOpenChange: (open: boolean) => void }) => {
  const t = useHelpdeskT("content")
  const { data, isLoading, isError, error } = useMailTemplates(open ? mailbox.id : null)
  const [kind, setKind] = useState<string | null>(null)
  const templates = data?.templates ?? []
  const current = templates.find((tpl) => tpl.kind === kind) ?? templates[0]

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <FocusModal.Header>
          <Heading level="h2" className="txt-compact-medium-plus">{t("templates.title", { name: mailbox.name })}</Heading>
        </FocusModal.Header>
        <FocusModal.Body className="flex overflow-hidden">
          {isLoading ? (
            <Text size="small" className="p-6">{t("states.loading")}</Text>
          ) : isError ? (
            <Text size="small" className="text-ui-fg-error p-6">{(error as Error).message}</Text>
          ) : !current ? (
            <Text size="small" className="text-ui-fg-subtle p-6">{t("templates.empty")}</Text>
          ) : (
            <>
              <nav aria-label={t("templates.kinds_label")} className="flex w-72 shrink-0 flex-col gap-y-1 overflow-y-auto border-r p-3">
                {templates.map((tpl) => {
                  const custom = Object.values(tpl.languages).some((l) => l.overridden)
                  return (
                    <button
                      key={tpl.kind}
                      type="button"
                      aria-current={tpl.kind === current.kind ? "true" : undefined}
                      onClick={() => setKind(tpl.kind)}
                      className={clx(
                        "flex items-center justify-between gap-x-2 rounded-md px-3 py-2 text-left hover:bg-ui-bg-base-hover",
                        tpl.kind === current.kind && "bg-ui-bg-base-pressed"
                      )}
                    >
                      <Text size="small" weight={tpl.kind === current.kind ? "plus" : "regular"}>{t(`templates.kinds.${tpl.kind}.label`, { defaultValue: tpl.kind })}</Text>
                      {custom && <Badge size="2xsmall" color="blue">{t("templates.custom")}</Badge>}
                    </button>
                  )
                })}
              </nav>
              <div className="flex-1 overflow-y-auto">
                <MailboxTemplateEditor key={current.kind} mailbox={mailbox} template={current} />
              </div>
            </>
          )}
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}
