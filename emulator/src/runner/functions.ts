import fs from 'fs'
import path from 'path'

export interface TimerTrigger {
  name: string
  /** CloudBase cron: second minute hour day month weekday year. */
  config: string
}

export interface FunctionInfo {
  name: string
  entry: string
  timeoutMs: number
  triggers: TimerTrigger[]
}

/** Every deployable function under `dir`: a folder with a built index.js and a config.json. */
export function discoverFunctions(dir: string): FunctionInfo[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'config.json')))
    .map((d) => {
      const folder = path.join(dir, d.name)
      const config = JSON.parse(fs.readFileSync(path.join(folder, 'config.json'), 'utf8'))
      const triggers = (config.triggers ?? []).filter((t: { type: string }) => t.type === 'timer')
      return { name: d.name, entry: path.join(folder, 'index.js'), timeoutMs: (config.timeout ?? 3) * 1000, triggers }
    })
}
