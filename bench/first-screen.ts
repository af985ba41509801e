// First screen (issue 13): how much later the H5 app's 首页 content appears than a blank Taro
// app's, both built for production and served the same way in the same run. Goal ≤ 1.2×.
//   node --import tsx bench/first-screen.ts [--rounds 9] [--slow]   (also part of npm run bench)
// A returning villager is measured: identity and last session in storage, the browser's cache
// warm, as on a phone that opened the app before. --slow adds a 4× slower CPU (Chrome's
// throttling), as on a cheap phone.
import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import { chromium, type Browser, type Response } from 'playwright-core'
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
  /** The middle half of each app's visits (ms), to show how steady the run was. */
  appIqr: [number, number]
  blankIqr: [number, number]
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
const quartiles = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return [sorted[Math.floor((sorted.length - 1) / 4)], sorted[Math.ceil((sorted.length - 1) * 3 / 4)]].map(Math.round) as [number, number]
}

/**
 * A returning visitor of one app in its own browser context: the first visit primes the cache
 * and the stored session; each `visit()` then answers the ms from navigation start until
 * `selector` is in the DOM (a MutationObserver installed before the page's first byte).
 */
async function visitor(browser: Browser, url: string, selector: string, storage: Record<string, unknown>, cpu: number, failText?: string) {
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
  // The first screen's JavaScript is counted on the priming visit only: reading response bodies
  // through the DevTools protocol during a timed visit slows the page it is timing.
  let jsBytes = 0
  const count = (r: Response) => { if (r.url().endsWith('.js')) void r.body().then((b) => { jsBytes += b.length }).catch(() => undefined) }
  page.on('response', count)
  const visit = async () => {
    await page.goto(url, { waitUntil: 'load' })
    try {
      await page.waitForFunction(() => (window as unknown as { __homeAt?: number }).__homeAt !== undefined, undefined, { timeout: 60_000 })
    } catch (e) {
      // Say what the page shows instead (a gateway error means the functions are not built or failing).
      const shown = (await page.evaluate(() => document.body.innerText).catch(() => '')).replace(/\s+/g, ' ').slice(0, 200)
      throw new Error(`${url}: ${selector} never appeared; the page shows: ${shown}`, { cause: e })
    }
    if (failText && (await page.evaluate((t) => document.body.innerText.includes(t), failText))) {
      throw new Error(`${url} shows "${failText}" beside its home content`)
    }
    const at = await page.evaluate(() => (window as unknown as { __homeAt: number }).__homeAt)
    await page.goto('about:blank')
    return at
  }
  await visit() // primes the cache and the stored session
  page.off('response', count)
  return { visit, jsKB: () => jsBytes / 1024, close: () => context.close() }
}

/** Every cloud function built (index.js beside index.ts): the app's home asks account.whoami. */
function assertFunctionsBuilt() {
  const dir = path.join(root, 'cloudfunctions')
  const missing = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'index.ts')) && !fs.existsSync(path.join(dir, n, 'index.js')))
  if (missing.length) throw new Error(`cloud functions not built (${missing.join(', ')}): run npm run build:functions`)
}

export async function benchFirstScreen({ rounds = 9, cpu = 1 } = {}): Promise<FirstScreen> {
  const appDist = path.join(root, 'client/dist-h5')
  if (!fs.existsSync(path.join(appDist, 'index.html'))) throw new Error('client/dist-h5 is missing: run node scripts/build.mjs h5')
  assertFunctionsBuilt()
  const blankDist = buildBlank(process.argv.includes('--rebuild-blank'))
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error('Chromium is not installed: apt-get install -y chromium')
  const [app, blank] = await Promise.all([startEmulator({ staticDir: appDist }), startEmulator({ staticDir: blankDist })])
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const stored = { 'chengxin.demoOpenid': 'o-resident-head', 'chengxin.h5PrivacyAgreed': true }
    const appVisitor = await visitor(browser, `${app.url}/#/pages/index/index`, '.greeting', stored, cpu, '服务暂时不可用')
    const blankVisitor = await visitor(browser, `${blank.url}/#/pages/index/index`, '.blank-home', {}, cpu)
    // One visit of each per round, alternating which goes first, so a busy moment of the shared
    // machine lands on both alike; the ratio is of the medians.
    const appRuns: number[] = []
    const blankRuns: number[] = []
    for (let r = 0; r < rounds; r++) {
      if (r % 2) { blankRuns.push(await blankVisitor.visit()); appRuns.push(await appVisitor.visit()) }
      else { appRuns.push(await appVisitor.visit()); blankRuns.push(await blankVisitor.visit()) }
    }
    const [appJsKB, blankJsKB] = [appVisitor.jsKB(), blankVisitor.jsKB()]
    await Promise.all([appVisitor.close(), blankVisitor.close()])
    const appMs = median(appRuns)
    const blankMs = median(blankRuns)
    return {
      rounds, cpuSlowdown: cpu, appMs: Math.round(appMs), blankMs: Math.round(blankMs), ratio: Number((appMs / blankMs).toFixed(2)),
      appIqr: quartiles(appRuns), blankIqr: quartiles(blankRuns), appJsKB: Math.round(appJsKB), blankJsKB: Math.round(blankJsKB),
    }
  } finally {
    await browser.close()
    await Promise.all([app.stop(), blank.stop()])
  }
}

if (require.main === module) {
  const i = process.argv.indexOf('--rounds')
  benchFirstScreen({ rounds: i > 0 ? Number(process.argv[i + 1]) : 9, cpu: process.argv.includes('--slow') ? 4 : 1 }).then((r) => {
    console.log(`first screen: app ${r.appMs} ms (middle half ${r.appIqr.join('–')}), blank Taro app ${r.blankMs} ms (${r.blankIqr.join('–')}) → ${r.ratio}× (goal ≤ ${FIRST_SCREEN_GOAL}×); medians of ${r.rounds} visits each; JS ${r.appJsKB} KB vs ${r.blankJsKB} KB; CPU ÷${r.cpuSlowdown}`)
    process.exit(r.ratio <= FIRST_SCREEN_GOAL ? 0 : 1)
  }, (e) => { console.error(e); process.exit(1) })
}
