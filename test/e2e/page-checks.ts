// Accessibility and elder-mode (适老化) checks, run on every page a browser journey reaches
// (issue 13): axe-core finds no serious or critical violation, and measured sizes meet MIIT's
// 适老化 rules and WeChat's elderly-care guide, in normal mode and in elder mode.
//
// Elder mode is CSS under the `.elder` class (client/src/components/page-shell.tsx and the
// tab bar's class on <body>), so each page is checked as shown, then with that class added
// to it, measured, and the class taken away again: the page's state is left as it was.
import fs from 'fs'
import type { Page } from 'playwright-core'

/** MIIT 适老化 / WeChat guide figures, in CSS px at the journeys' 390 px wide viewport (18 pt = 24 px). */
export const ELDER_RULES = {
  /** Body text in elder mode. */
  minTextPx: 24,
  /** Line height ≥ 1.3 × the font size (elder mode). */
  minLineHeight: 1.3,
  /** Tap targets: 60×60 in elder mode, 44×44 otherwise. */
  minTargetPx: { elder: 60, normal: 44 },
} as const

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** What the user can tap, by the class-name hooks in client/TESTING.md and Taro's own H5 parts. */
const TAPPABLE = [
  '.btn', 'button', '.card-tap', '.list-row[class*="link-"]', '.role-entry', '.identity-item', '.filter-tab', '.chip', '.sf-chip',
  '.picker-face', '.date-picker', '.weui-tabbar__item', '.checkbox-row', '.elder-row',
].join(', ')

export interface Finding { page: string; mode: 'normal' | 'elder'; what: string }

/** Every finding on the page in front of the user, in both modes. */
export async function checkPage(page: Page, where: string): Promise<Finding[]> {
  await page.locator('.page:visible').first().waitFor()
  await settle(page)
  const findings: Finding[] = []
  for (const mode of ['normal', 'elder'] as const) {
    const wasElder = await setElder(page, mode === 'elder')
    await settle(page)
    for (const what of [...(await axeFindings(page)), ...(await measured(page, mode))]) findings.push({ page: where, mode, what })
    await setElder(page, wasElder)
  }
  return findings
}

const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))

/** Adds or removes the elder class on the visible page and the body (tab bar); answers whether it was on. */
function setElder(page: Page, on: boolean): Promise<boolean> {
  return page.evaluate((want) => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.page')).filter((p) => p.offsetParent !== null || p.getClientRects().length > 0)
    const was = pages.some((p) => p.classList.contains('elder'))
    for (const p of pages) p.classList.toggle('elder', want)
    document.body.classList.toggle('elder', want)
    return was
  }, on)
}

async function axeFindings(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe
    // The visible page (Taro keeps hidden tab pages in the DOM) and the tab bar.
    const include = Array.from(document.querySelectorAll('.page, .taro-tabbar__tabbar')).filter((e) => (e as HTMLElement).getClientRects().length > 0)
    // scrollable-region-focusable is off: it flags Taro's H5 router container (the element that
    // scrolls the page, with no keyboard focus), which the weapp does not have (pages scroll natively).
    const r = await axe.run({ include: include.map((e) => [e]) }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] }, resultTypes: ['violations'],
      rules: { 'scrollable-region-focusable': { enabled: false } },
    })
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  })
  return violations
}

async function measured(page: Page, mode: 'normal' | 'elder'): Promise<string[]> {
  return page.evaluate(({ mode, rules, tappable }) => {
    const out: string[] = []
    const roots = Array.from(document.querySelectorAll<HTMLElement>('.page, .taro-tabbar__tabbar')).filter((e) => e.getClientRects().length > 0)
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect()
      const s = getComputedStyle(e)
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0
    }
    const name = (e: Element) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).slice(0, 3).join('.')} "${(e.textContent ?? '').trim().slice(0, 16)}"`
    if (mode === 'elder') {
      // Every element that holds text of its own, measured as rendered.
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        const seen = new Set<Element>()
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement
          if (!el || seen.has(el) || !(n.textContent ?? '').trim() || !shown(el)) continue
          seen.add(el)
          const s = getComputedStyle(el)
          const size = parseFloat(s.fontSize)
          if (size < rules.minTextPx - 0.01) out.push(`text ${size.toFixed(1)}px < ${rules.minTextPx}px: ${name(el)}`)
          const lh = s.lineHeight === 'normal' ? size * 1.2 : parseFloat(s.lineHeight)
          if (lh < size * rules.minLineHeight - 0.01) out.push(`line height ${(lh / size).toFixed(2)} < ${rules.minLineHeight}: ${name(el)}`)
        }
      }
    }
    const min = rules.minTargetPx[mode]
    for (const root of roots) {
      for (const el of Array.from(root.querySelectorAll(tappable))) {
        if (!shown(el) || el.closest('.taro-picker__mask-overlay, .taro-picker__overlay')) continue
        const r = el.getBoundingClientRect()
        if (r.width < min - 0.5 || r.height < min - 0.5) out.push(`tap target ${Math.round(r.width)}×${Math.round(r.height)} < ${min}×${min}: ${name(el)}`)
      }
    }
    return [...new Set(out)]
  }, { mode, rules: ELDER_RULES, tappable: TAPPABLE })
}

/**
 * Checks each page once per journey (by route), as a journey reaches it, and keeps what it
 * finds; the journey's last step asserts there is nothing (browser.ts).
 */
export class PageChecks {
  readonly findings: Finding[] = []
  private readonly done = new Set<string>()

  async visit(page: Page): Promise<void> {
    const route = new URL(page.url()).hash.replace(/^#\/?/, '').split('?')[0] || 'pages/index/index'
    if (this.done.has(route)) return
    this.done.add(route)
    this.findings.push(...(await checkPage(page, route)))
  }

  get pages(): string[] {
    return [...this.done]
  }
}
