/** The smallest valid ticket, numbered so each test's tickets are told apart. */
export const ticketInput = (i: number) => ({
  subject: `Question ${i}`,
  channel: "email",
  contact_email: `customer${i}@example.com`,
})
