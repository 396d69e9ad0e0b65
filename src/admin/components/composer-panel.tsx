import { Button, Input, toast } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { useSendComposer } from "../hooks/api/agent-tools"
import { useHelpdeskT } from "../lib/i18n"
import { AdminTicket } from "../lib/types"
import { CannedReplyPicker } from "./canned-reply-picker"
import { ComposerFiles } from "./composer-files"
import { CopyRecipients, parseRecipients } from "./copy-recipients"
import { QuoteButton } from "./quote-button"
import { RichTextEditor, RichTextEditorHandle, RichTextValue } from "./rich-text-editor"
import { SignaturePreview } from "./signature-preview"

export type ComposerMode = "reply" | "note" | "forward"

/** Which of the composer's buttons the action matrix allows for the ticket's status. */
export interface ComposerPermissions {
  reply: boolean
  replyAndClose: boolean
  note: boolean
  forward: boolean
}

interface ComposerPanelProps {
  mode: ComposerMode
  ticket: AdminTicket
  can: ComposerPermissions
  /** Bumped when the agent asks to write here (keyboard shortcut): the editor takes the focus. */
  focusSignal: number
}

const EMPTY: RichTextValue = { html: "", text: "" }

/** One tab of the composer: the editor with its files, and for a reply the copies, canned replies and signature. */
export const ComposerPanel = ({ mode, ticket, can, focusSignal }: ComposerPanelProps) => {
  const t = useHelpdeskT("composer")
  const editor = useRef<RichTextEditorHandle>(null)
  const send = useSendComposer(ticket.id)
  const [value, setValue] = useState(EMPTY)
  const [files, setFiles] = useState<File[]>([])
  const [copies, setCopies] = useState({ cc: "", bcc: "" })
  const [showCopies, setShowCopies] = useState(false)
  const [to, setTo] = useState("")

  useEffect(() => {
    if (focusSignal) editor.current?.focus()
  }, [focusSignal])

  const cc = parseRecipients(copies.cc)
  const bcc = parseRecipients(copies.bcc)
  const ready = !!value.text.trim() && !send.isPending
  const copiesOk = !cc.invalid.length && !bcc.invalid.length

  const submit = async (path: "reply" | "notes" | "forward", body: Record<string, unknown>, done: string) => {
    try {
      await send.mutateAsync({ path, body, files })
      toast.success(done)
      editor.current?.clear()
      setFiles([])
      setCopies({ cc: "", bcc: "" })
      setTo("")
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  const reply = (close: boolean) =>
    submit(
      "reply",
      { body_text: value.text, body_html: value.html || null, cc: cc.emails, bcc: bcc.emails, close },
      t(close ? "toasts.repliedClosed" : "toasts.replied")
    )

  const label = t(mode === "reply" ? "editor.message" : mode === "note" ? "editor.note" : "editor.forward")
  const placeholder =
    mode === "reply"
      ? t("editor.replyPlaceholder", { name: ticket.contact_name || ticket.contact_email, interpolation: { escapeValue: false } })
      : t(mode === "note" ? "editor.notePlaceholder" : "editor.forwardPlaceholder")

  return (
    <div className="flex flex-col gap-y-3">
      {mode === "forward" && (
        <Input
          aria-label={t("forwardTo.label")}
          placeholder={t("forwardTo.placeholder")}
          type="email"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      )}
      {mode === "reply" && showCopies && <CopyRecipients idPrefix={`copies-${ticket.id}`} value={copies} onChange={setCopies} />}
      <ComposerFiles files={files} onChange={setFiles}>
        <RichTextEditor
          ref={editor}
          label={label}
          placeholder={placeholder}
          onChange={setValue}
          className={mode === "note" ? "bg-ui-tag-orange-bg" : undefined}
          toolbarEnd={
            <>
              {mode === "reply" && !showCopies && (
                <Button type="button" size="small" variant="transparent" onClick={() => setShowCopies(true)}>
                  {t("copies.toggle")}
                </Button>
              )}
              <QuoteButton onQuote={(text) => editor.current?.insertQuote(text)} />
            </>
          }
        />
      </ComposerFiles>
      {mode === "reply" && <SignaturePreview ticketId={ticket.id} />}
      <div className="flex items-center justify-between gap-2">
        {mode === "reply" ? <CannedReplyPicker ticketId={ticket.id} onInsert={(text) => editor.current?.insertText(text)} /> : <span />}
        <div className="flex gap-2">
          {mode === "reply" && (
            <>
              <Button size="small" variant="secondary" disabled={!ready || !copiesOk || !can.reply} isLoading={send.isPending} onClick={() => reply(false)}>
                {t("actions.send")}
              </Button>
              <Button size="small" disabled={!ready || !copiesOk || !can.replyAndClose} isLoading={send.isPending} onClick={() => reply(true)}>
                {t("actions.sendAndClose")}
              </Button>
            </>
          )}
          {mode === "note" && (
            <Button
              size="small"
              disabled={!ready}
              isLoading={send.isPending}
              onClick={() => submit("notes", { body_text: value.text, body_html: value.html || null }, t("toasts.noted"))}
            >
              {t("actions.addNote")}
            </Button>
          )}
          {mode === "forward" && (
            <Button
              size="small"
              disabled={!ready || !to.trim()}
              isLoading={send.isPending}
              onClick={() => submit("forward", { to: to.trim(), body_text: value.text }, t("toasts.forwarded"))}
            >
              {t("actions.forward")}
            </Button>
          )}
        </div>
      </div>
    </div>
  )
}
