import Link from "@tiptap/extension-link"
import Placeholder from "@tiptap/extension-placeholder"
import { EditorContent, useEditor } from "@tiptap/react"
import StarterKit from "@tiptap/starter-kit"
import { clx } from "@medusajs/ui"
import { forwardRef, ReactNode, useImperativeHandle, useRef } from "react"
import { editorDocToText, textToEditorNodes } from "../lib/editor-text"
import { EditorToolbar } from "./editor-toolbar"

/** What the editor holds: the HTML it renders and the plain-text alternative. */
export interface RichTextValue {
  html: string
  text: string
}

export interface RichTextEditorHandle {
  focus: () => void
  clear: () => void
  /** Plain text (a canned reply) at the cursor, as paragraphs. */
  insertText: (text: string) => void
  /** A passage of the conversation at the cursor, as a block quote. */
  insertQuote: (text: string) => void
}

interface RichTextEditorProps {
  /** The accessible name of the text box ("Message", "Note"). */
  label: string
  placeholder?: string
  onChange: (value: RichTextValue) => void
  /** Beside the formatting buttons, e.g. the Quote button. */
  toolbarEnd?: ReactNode
  className?: string
}

// Tailwind's reset takes lists and quotes their look; the editor gives it back.
const EDITOR_CSS = `
.helpdesk-editor .ProseMirror { outline: none; min-height: 7rem; }
.helpdesk-editor .ProseMirror p { margin: 0 0 0.5rem; }
.helpdesk-editor .ProseMirror ul { list-style: disc; padding-left: 1.25rem; margin: 0 0 0.5rem; }
.helpdesk-editor .ProseMirror ol { list-style: decimal; padding-left: 1.25rem; margin: 0 0 0.5rem; }
.helpdesk-editor .ProseMirror blockquote { border-left: 2px solid var(--border-strong); padding-left: 0.75rem; color: var(--fg-subtle); margin: 0 0 0.5rem; }
.helpdesk-editor .ProseMirror a { color: var(--fg-interactive); text-decoration: underline; }
.helpdesk-editor .ProseMirror p.is-editor-empty:first-child::before {
  content: attr(data-placeholder); float: left; height: 0; pointer-events: none; color: var(--fg-muted);
}
`

/** The reply and note editor (tiptap): bold, italic, lists, links and quotes; gives HTML and text. */
export const RichTextEditor = forwardRef<RichTextEditorHandle, RichTextEditorProps>(
  ({ label, placeholder, onChange, toolbarEnd, className }, ref) => {
    // The editor is made once; the latest callback is read through a ref.
    const changed = useRef(onChange)
    changed.current = onChange
    const editor = useEditor({
      extensions: [
        StarterKit.configure({ heading: false, codeBlock: false, horizontalRule: false }),
        Link.configure({ openOnClick: false, autolink: true, defaultProtocol: "https" }),
        Placeholder.configure({ placeholder: placeholder ?? "" }),
      ],
      editorProps: {
        attributes: {
          role: "textbox",
          "aria-label": label,
          "aria-multiline": "true",
          class: "txt-compact-medium px-3 py-2",
        },
      },
      onUpdate: ({ editor }) => {
        changed.current({ html: editor.isEmpty ? "" : editor.getHTML(), text: editorDocToText(editor.getJSON()) })
      },
    })

    useImperativeHandle(
      ref,
      () => ({
        focus: () => editor?.commands.focus(),
        clear: () => editor?.commands.clearContent(true),
        insertText: (text) => editor?.chain().focus().insertContent(textToEditorNodes(text)).run(),
        insertQuote: (text) =>
          editor
            ?.chain()
            .focus()
            .insertContent([{ type: "blockquote", content: textToEditorNodes(text) }, { type: "paragraph" }])
            .run(),
      }),
      [editor]
    )

    return (
      <div
        className={clx(
          "helpdesk-editor bg-ui-bg-field shadow-borders-base focus-within:shadow-borders-interactive-with-active rounded-md",
          className
        )}
      >
        <style>{EDITOR_CSS}</style>
        <EditorToolbar editor={editor} end={toolbarEnd} />
        <EditorContent editor={editor} />
      </div>
    )
  }
)
RichTextEditor.displayName = "RichTextEditor"
