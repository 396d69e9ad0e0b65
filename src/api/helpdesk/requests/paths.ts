import { GuestNotice } from "../../../lib/pages/guest-texts"

/** Where each guest page and form lives; every link on the pages is built here. */
export function guestPaths(token: string) {
  const list = `/helpdesk/requests/${encodeURIComponent(token)}`
  const ticket = (number: string) => `${list}/tickets/${encodeURIComponent(number)}`
  return {
    list: (page = 1) => (page > 1 ? `${list}?page=${page}` : list),
    ticket: (number: string, done?: GuestNotice) => (done ? `${ticket(number)}?done=${done}` : ticket(number)),
    reply: (number: string) => `${ticket(number)}/messages`,
    reopen: (number: string) => `${ticket(number)}/reopen`,
    cancel: (number: string) => `${ticket(number)}/cancel`,
    attachment: (number: string, id: string) => `${ticket(number)}/attachments/${encodeURIComponent(id)}`,
  }
}
