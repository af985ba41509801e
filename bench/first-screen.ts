// First screen (issue 13): how much later the H5 app's 首页 content appears than a blank Taro
// app's, both built for production and served the same way in the same run. Goal ≤ 1.2×.
//   node --import tsx bench/first-screen.ts [--rounds 7] [--slow]   (also part of npm run bench)
// A returning villager is measured: identity and last session in storage, the browser's cache
// warm, as on a phone that opened the app before. --slow adds a 4× slower CPU (Chrome's
// throttling), as on a cheap phone.
import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import { chromium, type Browser } from 'playwright-core'
import { startEmulator } from '../emulator-app/start'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM_ARGS, chromiumPath } = require('../scripts/chromium.cjs') as { CHROMIUM_ARGS: string[]; chromiumPath(): string | null }

const root = path.resolve(__dirname, '..')
const BLANK = path.join(__dirname, 'blank-taro')
export const FIRST_SCREEN_GOAL = 1.2

export interface FirstScreen {
  rounds: number
  cpuSlowdown: number
  /** Median ms from navigation to the home content, per app. */
  appMs: number
  blankMs: number
  ratio: number
  /** JavaScript each first screen loads (KB, uncompressed). */
  appJsKB: number
  blankJsKB: number
}

/** Builds the blank Taro app once (bench/blank-taro/dist-h5); the real app is built by npm run bench. */
function buildBlank(force = false): string {
  const dist = path.join(BLANK, 'dist-h5')
  if (!force && fs.existsSync(path.join(dist, 'index.html'))) return dist
  const taro = spawnSync(process.execPath, [path.join(root, 'node_modules/@tarojs/cli/bin/taro'), 'build', '--type', 'h5'], {
    cwd: BLANK, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' },
  })
  if (taro.status !== 0) throw new Error(`blank Taro app build failed:\n${taro.stdout.slice(-4000)}\n${taro.stderr.slice(-4000)}`)
  return dist
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** ms from navigation start until `selector` is in the DOM, seen by a MutationObserver from the first byte. */
async function timeTo(browser: Browser, url: string, selector: string, storage: Record<string, unknown>, rounds: number, cpu: number) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' })
  await context.addInitScript(([sel, stored]) => {
    for (const [k, v] of Object.entries(stored)) localStorage.setItem(k, JSON.stringify({ data: v }))
    const w = window as unknown as { __homeAt?: number }
    new MutationObserver((_, obs) => {
      if (document.querySelector(sel)) { w.__homeAt = performance.now(); obs.disconnect() }
    }).observe(document, { childList: true, subtree: true })
  }, [selector, storage] as const)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu })
  let jsBytes = 0
  page.on('response', (r) => { if (r.url().endsWith('.js')) void r.body().then((b) => { jsBytes += b.length }).catch(() => undefined) })
  const times: number[] = []
  for (let i = 0; i <= rounds; i++) {
    jsBytes = 0
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(() => (window as unknown as { __homeAt?: number }).__homeAt !== undefined, undefined, { timeout: 60_000 })
    const at = await page.evaluate(() => (window as unknown as { __homeAt: number }).__homeAt)
    if (i > 0) times.push(at) // the first visit primes the cache and the stored session
    await page.goto('about:blank')
  }
  await context.close()
  return { ms: median(times), jsKB: jsBytes / 1024 }
}

export async function benchFirstScreen({ rounds = 7, cpu = 1 } = {}): Promise<FirstScreen> {
  const appDist = path.join(root, 'client/dist-h5')
  if (!fs.existsSync(path.join(appDist, 'index.html'))) throw new Error('client/dist-h5 is missing: run node scripts/build.mjs h5')
  const blankDist = buildBlank(process.argv.includes('--rebuild-blank'))
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error('Chromium is not installed: apt-get install -y chromium')
  const [app, blank] = await Promise.all([startEmulator({ staticDir: appDist }), startEmulator({ staticDir: blankDist })])
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const stored = { 'chengxin.demoOpenid': 'o-resident-head', 'chengxin.h5PrivacyAgreed': true }
    // Alternate the two, so a busy moment of the shared machine does not land on one of them only.
    const appRuns: number[] = []
    const blankRuns: number[] = []
    let appJsKB = 0
    let blankJsKB = 0
    for (let r = 0; r < 3; r++) {
      const a = await timeTo(browser, `${app.url}/#/pages/index/index`, '.greeting', stored, Math.ceil(rounds / 3), cpu)
      const b = await timeTo(browser, `${blank.url}/#/pages/index/index`, '.blank-home', {}, Math.ceil(rounds / 3), cpu)
      appRuns.push(a.ms); blankRuns.push(b.ms); appJsKB = a.jsKB; blankJsKB = b.jsKB
    }
    const appMs = median(appRuns)
    const blankMs = median(blankRuns)
    return { rounds: Math.ceil(rounds / 3) * 3, cpuSlowdown: cpu, appMs: Math.round(appMs), blankMs: Math.round(blankMs), ratio: Number((appMs / blankMs).toFixed(2)), appJsKB: Math.round(appJsKB), blankJsKB: Math.round(blankJsKB) }
  } finally {
    await browser.close()
    await Promise.all([app.stop(), blank.stop()])
  }
}

if (require.main === module) {
  const i = process.argv.indexOf('--rounds')
  benchFirstScreen({ rounds: i > 0 ? Number(process.argv[i + 1]) : 7, cpu: process.argv.includes('--slow') ? 4 : 1 }).then((r) => {
    console.log(`first screen: app ${r.appMs} ms, blank Taro app ${r.blankMs} ms → ${r.ratio}× (goal ≤ ${FIRST_SCREEN_GOAL}×); JS ${r.appJsKB} KB vs ${r.blankJsKB} KB; CPU ÷${r.cpuSlowdown}`)
    process.exit(r.ratio <= FIRST_SCREEN_GOAL ? 0 : 1)
  }, (e) => { console.error(e); process.exit(1) })
}
