// Steps the complaint journeys share (hooks: client/TESTING.md, 投诉与监督).
import type { Page } from 'playwright-core'
import { expectText, fill, open, tap, visible } from './steps'

export interface Filing { category: string; text: string; anonymous: boolean; about?: string }

/** From 首页's card to a sent complaint; answers the receipt shown once (anonymous) or null. */
export async function fileComplaint(page: Page, base: string, f: Filing): Promise<string | null> {
  await open(page, base, 'pages/index/index')
  await tap(page, '.complaint-entry-card')
  await tap(page, '.btn-new-complaint')
  await tap(page, `.category-${f.category}`)
  await tap(page, f.anonymous ? '.choice-anonymous' : '.choice-named')
  await fill(page, '.complaint-text', f.text)
  if (f.about) await visible(page, '.about-option').filter({ hasText: f.about }).first().click()
  await tap(page, '.btn-file-complaint')
  await page.locator('.taro-model__confirm').click()
  if (!f.anonymous) {
    await expectText(page, '.complaint-text', f.text)
    return null
  }
  await expectText(page, '.receipt-warning', '只显示这一次')
  return (await visible(page, '.receipt-code').first().innerText()).trim()
}

/** A handler opens the complaint whose text starts so, from their workbench. */
export async function openOnWorkbench(page: Page, base: string, route: string, text: string): Promise<void> {
  await open(page, base, route)
  await visible(page, '.complaint-row').filter({ hasText: text.slice(0, 10) }).first().click()
  await expectText(page, '.complaint-text', text)
}

/** Accept (if still to accept) and answer publicly, confirming each. */
export async function acceptAndAnswer(page: Page, answer: string): Promise<void> {
  if (await visible(page, '.btn-accept').count()) {
    await tap(page, '.btn-accept')
    await page.locator('.taro-model__confirm').click()
    await expectText(page, '.complaint-head .complaint-status', '办理中')
  }
  await tap(page, '.btn-answer')
  await fill(page, '.answer-text', answer)
  await tap(page, '.btn-answer-confirm')
  await page.locator('.taro-model__confirm').click()
  await expectText(page, '.kind-answer .event-text', answer)
}
