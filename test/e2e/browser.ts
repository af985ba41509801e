// Browser journeys: the H5 build served by a fresh emulator, driven by Playwright in
// Debian's Chromium. Each journey file gets its own emulator (in memory, demo seed) and its
// own browser, so no file depends on what another left behind or on the order they run in.
import fs from 'fs'
import path from 'path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startEmulator, type Emulator } from '../../emulator-app/start'
import { trackInvocations } from '../support/invocations'
import { relaxTimeLimits } from '../support/time-limits'
import { PageChecks } from './page-checks'
import { afterEachState, onEachPage, WAIT_MS } from './steps'
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script shared with scripts/*.mjs
const { CHROMIUM_ARGS, chromiumPath } = require('../../scripts/chromium.cjs') as { CHROMIUM_ARGS: string[]; chromiumPath(): string | null }

const root = path.resolve(__dirname, '../..')

export const SHOTS = path.join(root, 'test-output/e2e')

export interface Journey {
  emu: Emulator
  browser: Browser
  page: Page
}

export function useJourney(name: string) {
  const j = {} as Journey
  let shot = 0
  const checks = new PageChecks()
  beforeAll(async () => {
    onEachPage((page) => checks.visit(page))
    const dist = path.join(root, 'client/dist-h5/index.html')
    if (!fs.existsSync(dist)) throw new Error('client/dist-h5 is missing: run npm run build:h5 (npm test builds it)')
    const executablePath = chromiumPath()
    if (!executablePath) throw new Error('Chromium is not installed: apt-get install -y chromium')
    fs.rmSync(path.join(SHOTS, name), { recursive: true, force: true })
    fs.mkdirSync(path.join(SHOTS, name), { recursive: true })
    j.emu = await startEmulator({ strictIndexes: true, staticDir: path.join(root, 'client/dist-h5') })
    relaxTimeLimits(j.emu)
    afterEachState(trackInvocations(j.emu).settled) // `until` a state, then its call's other writes
    await warmFunctions(j.emu)
    j.browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    const context = await j.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' })
    // Every wait is for a state; on a loaded machine a state can take a while to arrive.
    context.setDefaultTimeout(WAIT_MS)
    context.setDefaultNavigationTimeout(WAIT_MS)
    j.page = await context.newPage()
    j.page.on('pageerror', (e) => console.error(`[${name}] page error:`, e.message))
  })
  afterAll(async () => {
    await j.browser?.close()
    await j.emu?.stop()
    // Every page the journey reached, in normal and elder mode: axe-core and the measured sizes.
    fs.writeFileSync(path.join(SHOTS, name, 'page-checks.json'), JSON.stringify({ pages: checks.pages, findings: checks.findings }, null, 1))
    if (checks.findings.length) {
      throw new Error(`accessibility / elder-mode findings on ${name}'s pages:\n${checks.findings.map((f) => `  ${f.page} [${f.mode}] ${f.what}`).join('\n')}`)
    }
  })
  return {
    j,
    /** Saves a numbered screenshot under test-output/e2e/<journey>/. */
    shot: async (label: string) => {
      await animationsDone(j.page) // Taro's page slide, a toast fading
      await j.page.screenshot({ path: path.join(SHOTS, name, `${String(++shot).padStart(2, '0')}-${label}.png`) })
    },
  }
}

/**
 * Starts one instance of every function before the journey. A cold start on a loaded
 * machine can outlast the H5 client's 15 s per-call limit; the client then retries into
 * more cold instances and the page shows an error instead of its data (issue 7: the first
 * proof page of remote-proof never showed its photo). An unknown action stores nothing.
 */
async function warmFunctions(emu: Emulator): Promise<void> {
  await Promise.all(emu.runner.functions().map((f) => emu.runner.invoke(f.name, { action: 'warm.up', input: {} }, '')))
}

/** Resolves when every finite animation and transition on the page has finished. */
async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity) // spinners run forever
    .map((a) => a.finished.catch(() => undefined))))
}
