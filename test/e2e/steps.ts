// Small steps the journeys share, written against the class-name hooks in client/TESTING.md.
import { expect } from '@jest/globals'
import type { Page } from 'playwright-core'

/**
 * How long any wait for a state may take (browser.ts makes it Playwright's default too).
 * Generous on purpose: on a loaded 2-core machine a page can take many seconds to answer,
 * and a wait for a state costs nothing once the state is there.
 */
export const WAIT_MS = 60_000

let pageReached: (page: Page) => Promise<void> = async () => {}
/**
 * What runs when a journey reaches a page and waits on it (browser.ts: the accessibility and
 * elder-mode checks). Called from the steps below, never from an event, so a check never
 * overlaps a step.
 */
export function onEachPage(check: (page: Page) => Promise<void>): void {
  pageReached = check
}

export async function open(page: Page, base: string, route: string): Promise<void> {
  await page.goto(`${base}/#/${route}`)
  await agreePrivacyIfAsked(page)
  await pageReached(page)
}

/**
 * The first-use privacy sheet (H5 stand-in for WeChat's privacy authorisation). Whether it
 * is asked is known at app launch and every page's PageShell (`.page`) hosts it, so once a
 * page is shown the sheet is either shown with it or not asked at all.
 */
export async function agreePrivacyIfAsked(page: Page): Promise<void> {
  await page.locator('.page:visible').first().waitFor()
  // Let React commit anything already scheduled (the app sets the sheet's store at launch).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  const agree = page.locator('.btn-privacy-agree:visible')
  if (await agree.count()) await agree.first().click()
}

/** Demo sign-in through the picker page, as a person does it; lands on 首页. */
export async function pickIdentity(page: Page, base: string, openid: string): Promise<void> {
  await open(page, base, 'pages/dev-signin/index')
  await page.locator(`.identity-item[data-openid="${openid}"]:visible`).click()
  await page.waitForURL(/pages\/index\/index/)
  await agreePrivacyIfAsked(page)
  await pageReached(page)
}

/**
 * Becomes another demo identity with a fresh app (what the picker stores, then a reload),
 * so no page of the previous identity stays in Taro's page stack. Keys: client/TESTING.md.
 */
export async function signInAs(page: Page, base: string, openid: string): Promise<void> {
  // A full load first (a new query string), so no navigation of the previous page is under way.
  // A page may still be leaving after its last action (a toast, then navigateBack): if that
  // navigation interrupts ours, load again.
  await page.goto(`${base}/?signin=${Date.now()}`, { waitUntil: 'load' })
    .catch(() => page.goto(`${base}/?signin=${Date.now()}`, { waitUntil: 'load' }))
  await page.evaluate((id) => {
    localStorage.setItem('chengxin.demoOpenid', JSON.stringify({ data: id }))
    localStorage.setItem('chengxin.h5PrivacyAgreed', JSON.stringify({ data: true }))
  }, openid)
  await page.goto(`${base}/#/pages/index/index`)
  await page.reload()
  await page.locator('.greeting:visible, .unbound:visible').first().waitFor()
  await pageReached(page)
}

/** Taro's H5 showModal (Taro spells it "model"): check its confirm label, then press it. */
export async function confirmModal(page: Page, label: string): Promise<void> {
  const button = page.locator('.taro-model__confirm')
  await expect(button.innerText()).resolves.toBe(label)
  await button.click()
}

/** Tab pages stay in the DOM when hidden: only the visible copy counts. */
export const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`)

/** Fills a Taro Input / Textarea (H5 wraps the native element in a custom element). */
export async function fill(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(`${selector}:visible`).locator('input, textarea').first().fill(text)
}

export async function tap(page: Page, selector: string): Promise<void> {
  await page.locator(`${selector}:visible`).first().click()
}

let settled: () => Promise<void> = async () => {}
/** What `until` awaits once its state is there: the journey's emulator finishing every call. */
export function afterEachState(wait: () => Promise<void>): void {
  settled = wait
}

/**
 * Waits until a stored state appears (the page's write is asynchronous to the test), then
 * until the call that wrote it has finished: its other writes may come after the one looked for.
 */
export async function until(check: () => boolean, what: string, ms = WAIT_MS): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  await settled()
}

/**
 * Waits until the visible element shows the text (pages fill in after their calls answer):
 * a string is looked for inside, a RegExp must match.
 */
export async function expectText(page: Page, selector: string, text: string | RegExp, timeout = WAIT_MS): Promise<void> {
  const el = page.locator(`${selector}:visible`).filter({ hasText: text }).first()
  await el.waitFor({ state: 'visible', timeout }).catch(async () => {
    const shown = await page.locator(`${selector}:visible`).first().innerText().catch(() => '(not shown)')
    throw new Error(`${selector} should show ${String(text)} but shows: ${shown}`)
  })
  await pageReached(page)
}

export async function textOf(page: Page, selector: string): Promise<string> {
  const el = page.locator(`${selector}:visible`).first()
  await el.waitFor({ state: 'visible' })
  const text = (await el.innerText()).trim()
  await pageReached(page)
  return text
}

export { expect }

/** Lets CSS transitions just started (a frame on) run to their end; spinners, which run forever, aside. */
async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
    .map((a) => a.finished.catch(() => undefined))))
}

/**
 * Taro's H5 Picker, as a person uses it: opens the field's picker, drags column `column`
 * (date: year, month, day; time: hour, minute) up by `steps` rows (down for negative), lets
 * it snap, confirms with 确定, and answers the value the field then shows: the `.picker-face`
 * inside `field` and its `data-value` (components/pickers.tsx), or with `shows`, a face of
 * another form and the element whose text is its value (`{ face: '.date-picker', value: '.date-value' }`).
 * With steps ≠ 0 it waits until the value has changed, so a drag that did not move fails.
 */
export async function pickFromPicker(page: Page, field: string, column: number, steps: number, shows?: { face: string; value: string }): Promise<string> {
  const faceSel = shows ? `${shows.face}:visible` : `${field}:visible .picker-face`
  const face = page.locator(faceSel).first()
  // Read through the visible face: pages left behind by Taro's H5 router stay in the DOM, hidden.
  const read = async () => ((shows ? await face.locator(shows.value).textContent() : await face.getAttribute('data-value')) ?? '').trim()
  const before = await read()
  await face.click()
  // The picker slides up: measure its wheel once it has stopped, or the drag starts off it.
  await animationsDone(page)
  const group = page.locator('.weui-picker__group:visible').nth(column)
  const box = (await group.locator('.weui-picker__indicator').boundingBox())!
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
  if (steps !== 0) {
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x, y - steps * box.height, { steps: 10 })
    await page.mouse.up()
  }
  // The column snaps to the row with a CSS transition.
  await animationsDone(page)
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click()
  // It slides down before it hides: until then the page's checks would look at the picker.
  await page.waitForFunction(() => [...document.querySelectorAll('.weui-picker, .weui-mask')].every((el) => !el.checkVisibility()))
  if (steps === 0) return read()
  const end = Date.now() + WAIT_MS
  for (let now = await read(); ; now = await read()) {
    if (now !== before) return now
    if (Date.now() > end) throw new Error(`the picker of ${field} still shows ${before} after moving column ${column} by ${steps}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
