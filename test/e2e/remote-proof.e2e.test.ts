// Journey: a resident working away uploads a proof; it is rejected with a reason,
// resubmitted and verified.
import { useJourney } from './browser'
import { beijingDay } from './checkups-support'
import { expect, expectText, fill, open, pickFromPicker, signInAs, tap, until, visible } from './steps'

const { j, shot } = useJourney('remote-proof')
const REASON = '照片看不清检查日期，请重新拍摄'

// A small PNG of a "certificate" for the file chooser, handed over from memory: a file in the
// shared temp folder could be half rewritten by another run at the moment it is read.
const PHOTO = {
  name: 'certificate.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
}

const pending = (emu: typeof j.emu) => emu.wire.db.collection('proofs').findOne({ status: 'pending' })

describe('a remote proof rejected, resubmitted and verified', () => {
  it('lets the cadre reject the pending proof with a reason', async () => {
    const { page, emu } = j
    const proof = pending(emu)!
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, `packages/cadre/pages/proof/index?id=${encodeURIComponent(proof._id)}`)
    await visible(page, '.proof-photo').waitFor()
    await shot('review')
    await tap(page, '.btn-reject')
    await fill(page, '.reason-reject', REASON)
    await tap(page, '.btn-reject-confirm')
    await page.locator('.taro-model__confirm').click()
    await until(() => emu.wire.db.collection('proofs').findOne({ _id: proof._id })?.status === 'rejected', 'rejected')
  })

  it('lets the resident working away see the reason and resubmit a new photo', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-migrant')
    await open(page, emu.url, 'packages/resident/pages/proofs/index')
    await expectText(page, '.proof-row.proof-rejected', REASON)
    await tap(page, '.btn-resubmit')
    await expectText(page, '.resubmit-note', REASON)
    const chooser = page.waitForEvent('filechooser')
    await tap(page, '.btn-choose-photo')
    await (await chooser).setFiles(PHOTO)
    await visible(page, '.photo-preview').waitFor()
    await fill(page, '.clinic-input', '深圳市南山区社区健康服务中心')
    // Taro's H5 date picker opens on today, the latest day allowed: the resident turns a wheel
    // back one row — the day (yesterday), or on the 1st the month, on 1 January the year.
    const today = beijingDay(new Date())
    const [, month, date] = today.split('-').map(Number)
    const column = date > 1 ? 2 : month > 1 ? 1 : 0
    const picked = await pickFromPicker(page, '.proof-date', column, -1, { face: '.date-picker', value: '.date-value' })
    expect(picked).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(picked < today).toBe(true)
    await shot('resubmit')
    await tap(page, '.btn-submit-proof')
    await page.locator('.taro-model__confirm').click()
    await until(() => !!pending(emu), 'a new pending proof')
    const fresh = pending(emu)!
    expect(fresh.previousProofId).toBeTruthy()
    expect(fresh.checkupDay).toBe(picked)
    expect(emu.wire.storage.files.has(fresh.fileId as string)).toBe(true)
    expect(emu.wire.openapi.calls.some((c) => c.apiName === 'security.mediaCheckAsync')).toBe(true)
  })

  it('lets the cadre verify it, and the household sees it verified', async () => {
    const { page, emu } = j
    const proof = pending(emu)!
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, `packages/cadre/pages/proof/index?id=${encodeURIComponent(proof._id)}`)
    await tap(page, '.btn-verify')
    await page.locator('.taro-model__confirm').click()
    await until(() => emu.wire.db.collection('proofs').findOne({ _id: proof._id })?.status === 'verified', 'verified')
    await signInAs(page, emu.url, 'o-migrant')
    await open(page, emu.url, 'packages/resident/pages/proofs/index')
    await visible(page, '.proof-row.proof-verified').waitFor()
    await shot('verified')
  })
})
