import { runCli } from './main'

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text)
}

void runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code
})
