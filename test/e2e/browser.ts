// Browser journeys: the H5 build served by a fresh emulator, driven by Playwright in
// Debian's Chromium. Each journey gets its own emulator (in memory, demo seed).
import fs from 'fs'
import path from 'path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startEmulator, type Emulator } from '../../emulator-app/start'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM_ARGS, chromiumPath } = require('../../scripts/chromium.cjs') as { CHROMIUM_ARGS: string[]; chromiumPath(): string | null }

const root = path.resolve(__dirname, '../..')
jest.setTimeout(60000)

export const SHOTS = path.join(root, 'test-output/e2e')

export interface Journey {
  emu: Emulator
  browser: Browser
  page: Page
}

export function useJourney(name: string) {
  const j = {} as Journey
  let shot = 0
  beforeAll(async () => {
    const dist = path.join(root, 'client/dist-h5/index.html')
    if (!fs.existsSync(dist)) throw new Error('client/dist-h5 is missing: run npm run build:h5 (npm test builds it)')
    const executablePath = chromiumPath()
    if (!executablePath) throw new Error('Chromium is not installed: apt-get install -y chromium')
    fs.rmSync(path.join(SHOTS, name), { recursive: true, force: true })
    fs.mkdirSync(path.join(SHOTS, name), { recursive: true })
    j.emu = await startEmulator({ strictIndexes: true, staticDir: path.join(root, 'client/dist-h5') })
    j.browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    const context = await j.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' })
    j.page = await context.newPage()
    j.page.on('pageerror', (e) => console.error(`[${name}] page error:`, e.message))
  })
  afterAll(async () => {
    await j.browser?.close()
    await j.emu?.stop()
  })
  return {
    j,
    /** Saves a numbered screenshot under test-output/e2e/<journey>/. */
    shot: async (label: string) => {
      await j.page.waitForTimeout(400) // let Taro's page-slide animation finish
      await j.page.screenshot({ path: path.join(SHOTS, name, `${String(++shot).padStart(2, '0')}-${label}.png`) })
    },
  }
}
