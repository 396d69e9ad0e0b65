import { Select } from "@medusajs/ui"

/** The items of a `Select` from value/label pairs. */
export const SelectOptions = ({ options }: { options: { value: string; label: string }[] }) => (
  <>
    {options.map((o) => (
      <Select.Item key={o.value} value={o.value}>
        {o.label}
      </Select.Item>
    ))}
  </>
)
