import { Link as LinkIcon, ListBullet } from "@medusajs/icons"
import { Button, clx, IconButton, Input, Popover, Tooltip } from "@medusajs/ui"
import type { Editor } from "@tiptap/react"
import { ReactNode, useState } from "react"
import { useHelpdeskT } from "../lib/i18n"

interface ToolProps {
  label: string
  active?: boolean
  onClick: () => void
  children: ReactNode
}

const Tool = ({ label, active, onClick, children }: ToolProps) => (
  <Tooltip content={label}>
    <IconButton
      type="button"
      size="small"
      variant="transparent"
      aria-label={label}
      aria-pressed={!!active}
      className={clx({ "bg-ui-bg-base-pressed text-ui-fg-base": active })}
      // Keep the editor's selection: the button acts on it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </IconButton>
  </Tooltip>
)

/** Link on the selected text: an address to set, or the link to remove. */
const LinkTool = ({ editor }: { editor: Editor }) => {
  const t = useHelpdeskT("composer")
  const [open, setOpen] = useState(false)
  const [href, setHref] = useState("")
  const active = editor.isActive("link")
  const apply = () => {
    const url = href.trim()
    const chain = editor.chain().focus().extendMarkRange("link")
    ;(url ? chain.setLink({ href: /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}` }) : chain.unsetLink()).run()
    setOpen(false)
  }
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) setHref((editor.getAttributes("link").href as string | undefined) ?? "")
      }}
    >
      <Popover.Trigger asChild>
        <IconButton
          type="button"
          size="small"
          variant="transparent"
          aria-label={t("editor.link")}
          aria-pressed={active}
          className={clx({ "bg-ui-bg-base-pressed text-ui-fg-base": active })}
          onMouseDown={(e) => e.preventDefault()}
        >
          <LinkIcon />
        </IconButton>
      </Popover.Trigger>
      <Popover.Content className="flex w-72 flex-col gap-y-2 p-2">
        <Input
          size="small"
          aria-label={t("editor.linkUrl")}
          placeholder="https://"
          value={href}
          onChange={(e) => setHref(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault()
              apply()
            }
          }}
        />
        <div className="flex justify-end gap-x-2">
          {active && (
            <Button type="button" size="small" variant="secondary" onClick={() => (setHref(""), editor.chain().focus().unsetLink().run(), setOpen(false))}>
              {t("editor.linkRemove")}
            </Button>
          )}
          <Button type="button" size="small" onClick={apply}>
            {t("editor.linkApply")}
          </Button>
        </div>
      </Popover.Content>
    </Popover>
  )
}

/** Bold, italic, lists, link and block quote for the editor; `end` sits on the right. */
export const EditorToolbar = ({ editor, end }: { editor: Editor | null; end?: ReactNode }) => {
  const t = useHelpdeskT("composer")
  if (!editor) return null
  const chain = () => editor.chain().focus()
  return (
    <div role="toolbar" aria-label={t("editor.toolbar")} className="border-ui-border-base flex items-center gap-x-1 border-b px-2 py-1">
      <Tool label={t("editor.bold")} active={editor.isActive("bold")} onClick={() => chain().toggleBold().run()}>
        <span className="font-bold">B</span>
      </Tool>
      <Tool label={t("editor.italic")} active={editor.isActive("italic")} onClick={() => chain().toggleItalic().run()}>
        <span style={{ fontStyle: "italic", fontFamily: "Georgia, serif" }}>I</span>
      </Tool>
      <Tool label={t("editor.bulletList")} active={editor.isActive("bulletList")} onClick={() => chain().toggleBulletList().run()}>
        <ListBullet />
      </Tool>
      <Tool label={t("editor.orderedList")} active={editor.isActive("orderedList")} onClick={() => chain().toggleOrderedList().run()}>
        <span className="txt-compact-xsmall-plus">1.</span>
      </Tool>
      <LinkTool editor={editor} />
      <Tool label={t("editor.blockquote")} active={editor.isActive("blockquote")} onClick={() => chain().toggleBlockquote().run()}>
        <span style={{ fontFamily: "Georgia, serif", fontSize: "1rem", lineHeight: 1 }}>&ldquo;</span>
      </Tool>
      {end && <div className="ml-auto flex items-center gap-x-1">{end}</div>}
    </div>
  )
}
