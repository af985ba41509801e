// Journey: the township officer sees signing rates for every village, and one village by group.
import { useJourney } from './browser'
import { expect, expectText, open, signInAs, textOf, visible } from './steps'

const { j, shot } = useJourney('township-rates')

describe('township signing rates', () => {
  it('shows 应签 / 已签 / 签约率 for every village and the total', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-township-officer')
    await open(page, emu.url, 'packages/township/pages/index/index')
    await visible(page, '.stats-row').first().waitFor()
    const villages = emu.wire.db.collection('villages').find()
    await expect(visible(page, '.stats-row:not(.stats-total)').count()).resolves.toBe(villages.length)
    const due = emu.wire.db.collection('households').count({ villageId: 'v-baizi', archived: false })
    const signed = emu.wire.db.collection('commitments').count({ villageId: 'v-baizi', status: { $in: ['awaiting-village', 'complete'] } })
    const row = await textOf(page, '.stats-row[data-id="v-baizi"]')
    expect(row).toContain(`应签 ${due} · 已签 ${signed}`)
    expect(row).toContain(`${((signed / due) * 100).toFixed(1)}%`)
    await expectText(page, '.stats-total', String(emu.wire.db.collection('households').count({ archived: false })))
    await shot('township')
    await visible(page, '.stats-row[data-id="v-baizi"]').click()
    await expectText(page, '.stats-row', '村民组')
    await shot('village-groups')
  })
})
