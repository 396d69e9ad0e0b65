/** An amount as Medusa v2 stores it (major units, e.g. 10.5) in the order's currency. */
export function formatMoney(amount: number, currencyCode: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
  } catch {
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

export const formatDate = (iso: string) => new Date(iso).toLocaleDateString()

/** "partially_refunded" → "Partially refunded". */
export const humanize = (value: string) => (value ? value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, " ") : "-")
