#!/usr/bin/env node
"use strict"
// medusa-helpdesk command line. Commands:
//   parse-email <file.eml>   print the parsed message as one JSON object
const path = require("node:path")
const fs = require("node:fs")

const USAGE = "usage: medusa-helpdesk parse-email <file.eml>"
const COMMANDS = { "parse-email": "lib/mail/cli.js" }

const argv = process.argv.slice(2)
const target = COMMANDS[argv[0]]
if (!target) {
  process.stderr.write(`${USAGE}\n`)
  process.exit(2)
}

const compiled = path.join(__dirname, "..", ".medusa", "server", "src", target)
if (!fs.existsSync(compiled)) {
  process.stderr.write(`medusa-helpdesk: ${path.relative(process.cwd(), compiled)} is missing; build the plugin first (npx medusa plugin:build)\n`)
  process.exit(1)
}

require(compiled)
  .runCli(argv)
  .then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      process.stderr.write(`medusa-helpdesk: ${String((error && error.message) || error).replace(/\s+/g, " ")}\n`)
      process.exitCode = 1
    }
  )
