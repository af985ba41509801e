// Small steps the journeys share, written against the class-name hooks in client/TESTING.md.
import { expect } from '@jest/globals'
import type { Page } from 'playwright-core'

export async function open(page: Page, base: string, route: string): Promise<void> {
  await page.goto(`${base}/#/${route}`)
  await agreePrivacyIfAsked(page)
}

/** The first-use privacy sheet (H5 stand-in for WeChat's privacy authorisation). */
export async function agreePrivacyIfAsked(page: Page): Promise<void> {
  const agree = page.locator('.btn-privacy-agree')
  if (await agree.isVisible({ timeout: 1500 }).catch(() => false)) await agree.click()
}

/** Demo sign-in: become one of the seeded identities, then land on 首页. */
export async function signInAs(page: Page, base: string, openid: string): Promise<void> {
  await open(page, base, 'pages/dev-signin/index')
  await page.locator(`.identity-item[data-openid="${openid}"]`).click()
  await page.waitForURL(/pages\/index\/index/)
  await agreePrivacyIfAsked(page)
}

/** Taro's H5 showModal (Taro spells it "model"): check its confirm label, then press it. */
export async function confirmModal(page: Page, label: string): Promise<void> {
  const button = page.locator('.taro-model__confirm')
  await expect(button.innerText()).resolves.toBe(label)
  await button.click()
}

/** Tab pages stay in the DOM when hidden: only the visible copy counts. */
export const visible = (page: Page, selector: string) => page.locator(`${selector}:visible`)

export async function textOf(page: Page, selector: string): Promise<string> {
  const el = page.locator(`${selector}:visible`).first()
  await el.waitFor({ state: 'visible' })
  return (await el.innerText()).trim()
}

export { expect }
