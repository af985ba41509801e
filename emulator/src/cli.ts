// `npm start` runs this: the emulator with demo data, serving the H5 build.
//   --port N (default 8787, 0 = any)  --data FILE (default .emulator/data.json)
//   --fresh (start from a new seed)   --scale township|county (full-size seed, in memory)
import fs from 'fs'
import path from 'path'
import { startEmulator } from './index'
import { removeSegmentsSync } from './wire/journal'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const value = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}

async function main() {
  const root = path.resolve(__dirname, '../..')
  const scale = value('scale')
  const dataFile = scale ? undefined : path.resolve(root, value('data') ?? '.emulator/data.json')
  if (dataFile && flag('fresh')) {
    fs.rmSync(dataFile, { force: true })
    removeSegmentsSync(dataFile) // the journal beside it holds changes made on top of the old data
  }
  if (dataFile) fs.mkdirSync(path.dirname(dataFile), { recursive: true })
  const households = scale === 'county' ? 340000 : scale === 'township' ? 17090 : 200
  const emu = await startEmulator({
    port: Number(value('port') ?? 8787),
    dataFile,
    // A county's 340,000 households in 280 villages of ordinary size (14 would make villages of 24,000, whose due lists exceed CloudBase's 1 MB per reply).
    seed: { households, villages: scale === 'county' ? 280 : scale ? 14 : 7 },
    staticDir: path.join(root, 'client/dist-h5'),
    timers: true,
  })
  console.log('')
  console.log(`  诚信 Chengxin — local emulator (no internet; data in ${dataFile ? path.relative(root, dataFile) : 'memory'})`)
  console.log(`  App (H5):        ${emu.url}/`)
  console.log(`  Gateway:         POST ${emu.url}/functions/<name>  (header X-Emulator-Openid)`)
  console.log(`  Identities:      ${emu.url}/_emulator/identities`)
  console.log(`  wx-server-sdk:   cloud.init({ serviceUrl: '${emu.url}/admin', secretId: 'x', secretKey: 'x' })`)
  console.log('')
  const stop = async () => {
    await emu.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
