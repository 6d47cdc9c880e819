import { runCli } from './main'

// `rampart catalog | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY === true
}

void runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code
})
