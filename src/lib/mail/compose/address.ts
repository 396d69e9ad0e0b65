/** A display name safe for a From/To header: no line breaks, no quotes to break out of, bounded. */
export function headerName(name: string | null | undefined): string | null {
  const clean = (name ?? "").replace(/[\r\n\t"<>]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 120)
  return clean || null
}

/** "Name <address>" in the form nodemailer reads, or the bare address. */
export function formatAddress(address: string, name?: string | null): string {
  const clean = headerName(name)
  return clean ? `"${clean}" <${address}>` : address
}
