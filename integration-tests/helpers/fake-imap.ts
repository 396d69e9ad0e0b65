import net from "node:net"

export interface FakeImapServer {
  port: number
  /** How many times a client connected. */
  connections: () => number
  /** Everything clients sent, decoded: LOGIN lines and AUTHENTICATE responses as text. */
  received: () => string
  stop: () => Promise<void>
}

/**
 * An IMAP server that lets nobody in and remembers what each client sent to
 * log in: where a password would land if the helpdesk sent it to the wrong server.
 */
export async function startFakeImap(): Promise<FakeImapServer> {
  const lines: string[] = []
  const sockets = new Set<net.Socket>()
  let connections = 0
  const server = net.createServer((socket) => {
    connections++
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
    socket.on("error", () => undefined)
    socket.write("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake server ready\r\n")
    let buffer = ""
    let authenticating: string | null = null
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8")
      let end: number
      while ((end = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        lines.push(line)
        if (authenticating) {
          lines.push(Buffer.from(line, "base64").toString("utf8"))
          socket.write(`${authenticating} NO [AUTHENTICATIONFAILED] no\r\n`)
          authenticating = null
          continue
        }
        const [tag, command = "", ...args] = line.split(" ")
        if (/\{\d+\+?\}$/.test(line)) {
          socket.write("+ go on\r\n")
        } else if (command.toUpperCase() === "CAPABILITY") {
          socket.write(`* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n${tag} OK done\r\n`)
        } else if (command.toUpperCase() === "AUTHENTICATE") {
          if (args[1]) {
            lines.push(Buffer.from(args[1], "base64").toString("utf8"))
            socket.write(`${tag} NO [AUTHENTICATIONFAILED] no\r\n`)
          } else {
            authenticating = tag
            socket.write("+ \r\n")
          }
        } else if (command.toUpperCase() === "LOGOUT") {
          socket.end(`* BYE\r\n${tag} OK bye\r\n`)
        } else if (command) {
          socket.write(`${tag} NO [AUTHENTICATIONFAILED] no\r\n`)
        }
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => connections,
    received: () => lines.join("\n"),
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
