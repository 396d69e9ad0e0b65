import { PaperClip, XMarkMini } from "@medusajs/icons"
import { Button, clx, IconButton, Text } from "@medusajs/ui"
import { DragEvent, ReactNode, useEffect, useRef, useState } from "react"
import { useHelpdeskT } from "../lib/i18n"

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`

const carriesFiles = (e: DragEvent | globalThis.DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files")

/** A file dropped beside the drop zone would make the browser open it and lose the draft: such drops do nothing. */
const useKeepDraftOnStrayDrop = () =>
  useEffect(() => {
    const ignore = (e: globalThis.DragEvent) => {
      if (carriesFiles(e) && !e.defaultPrevented) e.preventDefault()
    }
    window.addEventListener("dragover", ignore)
    window.addEventListener("drop", ignore)
    return () => {
      window.removeEventListener("dragover", ignore)
      window.removeEventListener("drop", ignore)
    }
  }, [])

interface ComposerFilesProps {
  files: File[]
  onChange: (files: File[]) => void
  /** The editor: files dropped anywhere on it or on the file row are attached. */
  children: ReactNode
}

/** A drop zone around the editor, a file picker, and the attached files as chips with a remove button. */
export const ComposerFiles = ({ files, onChange, children }: ComposerFilesProps) => {
  const t = useHelpdeskT("composer")
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  useKeepDraftOnStrayDrop()
  const add = (list: FileList | null) => {
    if (list?.length) onChange([...files, ...Array.from(list)])
  }

  return (
    <div
      data-composer-dropzone=""
      className={clx("relative flex flex-col gap-y-2 rounded-md", { "ring-ui-border-interactive ring-2": over })}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return
        e.preventDefault()
        e.dataTransfer.dropEffect = "copy"
        setOver(true)
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false)
      }}
      onDrop={(e) => {
        setOver(false)
        if (!e.dataTransfer?.files.length) return
        e.preventDefault()
        add(e.dataTransfer.files)
      }}
    >
      {children}
      {over && (
        <div className="bg-ui-bg-base/80 pointer-events-none absolute inset-0 flex items-center justify-center rounded-md">
          <Text weight="plus">{t("files.dropNow")}</Text>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label={t("files.input")}
          onChange={(e) => {
            add(e.target.files)
            e.target.value = ""
          }}
        />
        <Button type="button" size="small" variant="transparent" onClick={() => input.current?.click()}>
          <PaperClip />
          {t("files.attach")}
        </Button>
        {!files.length && (
          <Text size="small" className="text-ui-fg-muted">
            {t("files.drop")}
          </Text>
        )}
        {files.map((file, i) => (
          <span
            key={`${file.name}-${i}`}
            data-composer-file={file.name}
            className="bg-ui-bg-component shadow-borders-base txt-compact-small flex items-center gap-x-1 rounded-full py-0.5 pl-2 pr-1"
          >
            {file.name}
            <span className="text-ui-fg-muted">{size(file.size)}</span>
            <IconButton
              type="button"
              size="2xsmall"
              variant="transparent"
              aria-label={t("files.remove", { name: file.name })}
              onClick={() => onChange(files.filter((_, j) => j !== i))}
            >
              <XMarkMini />
            </IconButton>
          </span>
        ))}
      </div>
    </div>
  )
}
