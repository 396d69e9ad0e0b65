import { Text } from "@medusajs/ui"
import { useReplySignature } from "../hooks/api/agent-tools"
import { useHelpdeskT } from "../lib/i18n"

/** Under the reply editor: the mailbox the reply goes out from and the signature the customer will see under it. */
export const SignaturePreview = ({ ticketId }: { ticketId: string }) => {
  const t = useHelpdeskT("composer")
  const { data, isLoading, isError, error } = useReplySignature(ticketId)

  if (isLoading) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t("signature.loading")}
      </Text>
    )
  }
  if (isError || !data) {
    return (
      <Text size="small" className="text-ui-fg-error">
        {t("signature.failed", { message: (error as Error)?.message ?? "" })}
      </Text>
    )
  }
  if (!data.mailbox) {
    return (
      <Text size="small" className="text-ui-fg-subtle" data-signature-preview="">
        {t("signature.noMailbox")}
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-1" data-signature-preview="">
      <Text size="small" className="text-ui-fg-subtle">
        {t("signature.from", { name: data.mailbox.name, address: data.mailbox.address, interpolation: { escapeValue: false } })}
        {data.mailbox.reply_mode === "link" && ` ${t("signature.linkOnly")}`}
      </Text>
      {data.signature ? (
        <Text size="small" className="text-ui-fg-muted border-ui-border-base whitespace-pre-wrap border-l-2 pl-3">
          {data.signature}
        </Text>
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          {t("signature.none")}
        </Text>
      )}
    </div>
  )
}
