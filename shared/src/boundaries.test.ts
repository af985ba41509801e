// ARCHITECTURE.md: shared/ never imports wx, wx-server-sdk or @tarojs/* outside src/server.
import fs from 'fs'
import path from 'path'
import { ACTIONS } from './api'
import { ACTION_FUNCTION } from './api/routes'

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : []
  })
}

describe('shared package boundaries', () => {
  const root = __dirname
  const platform = /from ['"](wx-server-sdk|@tarojs\/[^'"]*)['"]|require\(['"](wx-server-sdk|@tarojs\/[^'"]*)['"]\)|\bwx\./

  it('keeps api and domain free of platform imports', () => {
    const offenders = [...sources(path.join(root, 'api')), ...sources(path.join(root, 'domain'))]
      .filter((f) => platform.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f))
    expect(offenders).toEqual([])
  })

  it('routes every action to the function that declares it', () => {
    const declared = Object.fromEntries(Object.entries(ACTIONS).map(([name, s]) => [name, s.fn]))
    expect(ACTION_FUNCTION).toEqual(declared)
  })
})
