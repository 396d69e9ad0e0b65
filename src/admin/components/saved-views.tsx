import { Button, Input, Select, toast } from "@medusajs/ui"
import { useState } from "react"
import { useSaveView, useSavedViews } from "../hooks/api/agent-tools"

const ALL = "__all__"

/** Pick a saved view, or save the current filters as one. */
export const SavedViews = ({
  current,
  onApply,
}: {
  current: Record<string, unknown>
  onApply: (filters: Record<string, unknown>) => void
}) => {
  const { data } = useSavedViews()
  const save = useSaveView()
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState("")
  const [selected, setSelected] = useState(ALL)

  const apply = (id: string) => {
    setSelected(id)
    onApply(id === ALL ? {} : data?.views.find((v) => v.id === id)?.filters ?? {})
  }
  const submit = async () => {
    try {
      const { view } = await save.mutateAsync({ name, filters: current })
      setSelected(view.id)
      setNaming(false)
      setName("")
      toast.success(`View "${view.name}" saved`)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <div className="flex items-center gap-2">
      <Select size="small" value={selected} onValueChange={apply}>
        <Select.Trigger aria-label="Saved view" className="w-40">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>All tickets</Select.Item>
          {(data?.views ?? []).map((v) => (
            <Select.Item key={v.id} value={v.id}>
              {v.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {naming ? (
        <>
          <Input size="small" aria-label="View name" placeholder="View name" value={name} onChange={(e) => setName(e.target.value)} />
          <Button size="small" variant="secondary" disabled={!name.trim()} isLoading={save.isPending} onClick={submit}>
            Save
          </Button>
        </>
      ) : (
        <Button size="small" variant="transparent" onClick={() => setNaming(true)}>
          Save view
        </Button>
      )}
    </div>
  )
}
