// The `emulator` bin: a local CloudBase for any wx-server-sdk project.
//   emulator start [--functions DIR] [--database DIR] [--seed MODULE] [--port N] [--env ID] [--data FILE] …
// `emulator help` lists every option.
import fs from 'fs'
import path from 'path'
import { startEmulator } from './index'
import { removeSegmentsSync } from './wire/journal'
import { runnerKind } from './runner'

const USAGE = `Usage: emulator start [options]

  --functions DIR     cloud functions, one folder each with index.js and config.json (default ./cloudfunctions)
  --database DIR      collections.json (collections, indexes) and storage-rules.json (default ./database)
  --seed MODULE       a module exporting seed(params, ctx) → { collection: [docs] } (or as default);
                      it may also export identities(db) (the dev sign-in list) and screenCall(event)
  --seed-param K=V    passed to the seed in params (repeatable; numbers become numbers)
  --port N            default 8787; 0 picks a free port
  --env ID            the environment id functions see (default local)
  --data FILE         keep the data in FILE across restarts (default: in memory only)
  --fresh             with --data: delete FILE and its journal first, so the seed runs again
  --static DIR        serve a web build (e.g. a mini-program's H5 build) at /
  --timers            fire the functions' timer triggers on schedule
  --strict-indexes    answer a query no declared index covers with an error (default: warn)
  --max-instances N   instances per function (default 4)
  --runner KIND       inline (default: instances in the emulator's thread) or worker (a thread
                      each, stopped at the time limit even in a synchronous loop)
`

/** `--name value` pairs and bare `--flags`; the last occurrence wins, `--seed-param` repeats. */
function parseArgs(argv: string[]): { command?: string; values: Record<string, string>; flags: Set<string>; seedParams: Record<string, unknown> } {
  const values: Record<string, string> = {}
  const flags = new Set<string>()
  const seedParams: Record<string, unknown> = {}
  const BARE = new Set(['fresh', 'timers', 'strict-indexes', 'help'])
  let command: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) {
      if (command) throw new Error(`unexpected argument ${arg}`)
      command = arg
      continue
    }
    const name = arg.slice(2)
    if (BARE.has(name)) {
      flags.add(name)
      continue
    }
    const value = argv[++i]
    if (value === undefined) throw new Error(`--${name} needs a value`)
    if (name !== 'seed-param') values[name] = value
    else {
      const eq = value.indexOf('=')
      if (eq < 1) throw new Error(`--seed-param takes key=value, not ${value}`)
      const v = value.slice(eq + 1)
      seedParams[value.slice(0, eq)] = v !== '' && Number.isFinite(Number(v)) ? Number(v) : v
    }
  }
  const known = new Set(['functions', 'database', 'seed', 'port', 'env', 'data', 'static', 'max-instances', 'runner'])
  const unknown = Object.keys(values).find((k) => !known.has(k))
  if (unknown) throw new Error(`unknown option --${unknown}`)
  return { command, values, flags, seedParams }
}

async function main() {
  const { command, values, flags, seedParams } = parseArgs(process.argv.slice(2))
  if (flags.has('help') || command === 'help' || !command) return void console.log(USAGE)
  if (command !== 'start') throw new Error(`unknown command ${command}\n\n${USAGE}`)
  const dataFile = values.data ? path.resolve(values.data) : undefined
  if (dataFile && flags.has('fresh')) {
    fs.rmSync(dataFile, { force: true })
    removeSegmentsSync(dataFile) // the journal beside it holds changes made on top of the old data
  }
  if (dataFile) fs.mkdirSync(path.dirname(dataFile), { recursive: true })
  const emu = await startEmulator({
    port: Number(values.port ?? 8787),
    env: values.env,
    functionsDir: values.functions,
    databaseDir: values.database,
    dataFile,
    seed: values.seed,
    seedParams,
    staticDir: values.static && path.resolve(values.static),
    strictIndexes: flags.has('strict-indexes'),
    maxInstances: values['max-instances'] ? Number(values['max-instances']) : undefined,
    runner: values.runner === undefined ? undefined : runnerKind(values.runner),
    timers: flags.has('timers'),
  })
  const functions = emu.runner.functions().map((f) => f.name)
  console.log(`emulator: listening on ${emu.url}`)
  console.log('')
  console.log(`  Local CloudBase emulator (no internet; data in ${dataFile ? path.relative(process.cwd(), dataFile) : 'memory'})`)
  console.log(`  Functions:       ${functions.join(', ') || '(none found)'}`)
  if (values.static) console.log(`  Web app:         ${emu.url}/`)
  console.log(`  Gateway:         POST ${emu.url}/functions/<name>  (header X-Emulator-Openid)`)
  console.log(`  Identities:      ${emu.url}/_emulator/identities`)
  console.log(`  wx-server-sdk:   cloud.init({ env: '${values.env ?? 'local'}', serviceUrl: '${emu.url}/admin', secretId: 'x', secretKey: 'x' })`)
  console.log('')
  const stop = async () => {
    await emu.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(`emulator: ${(e as Error)?.message ?? e}`)
  process.exit(1)
})
