// Journey: the quarterly review, every role. The cadre opens 十字村's round; five review-group
// members declare conflicts and work the group of household h-shizi-001 — one declares that
// household as a relative, one gives it an outlier 0 on every item; two households rate the
// village; the cadre closes (in batches) and publishes; the household sees its medians and
// appeals; the supervision group changes its result, the old version kept.
import { useJourney } from './browser'
import { expect, expectText, fill, open, signInAs, tap, until, visible } from './steps'

const { j, shot } = useJourney('review')
const HH = 'h-shizi-001'
const CONFLICTED = 'o-review-5'
const OUTLIER = 'o-review-2'
const MEMBERS = ['o-panel-member', OUTLIER, 'o-review-3', 'o-review-4', CONFLICTED]
const db = (name: string) => j.emu.wire.db.collection(name)
let roundId = ''
/** The round this journey opened (the seed holds last quarter's, published). */
const openRound = () => db('review_rounds').findOne({ _id: roundId }) as any
let groupId = ''

async function confirmModal() {
  await j.page.locator('.taro-model__confirm').click()
}

/** A member's evening: declare (a relative or none), then the household's group. */
async function work(openid: string) {
  const { page, emu } = j
  await signInAs(page, emu.url, openid)
  await open(page, emu.url, `packages/panel/pages/review/index?id=${encodeURIComponent(roundId)}`)
  await visible(page, '.btn-declare').waitFor()
  if (openid === CONFLICTED) {
    await tap(page, `.conflict-groups .group-${groupId}`)
    await tap(page, `.option-${HH}`)
  }
  await tap(page, '.btn-declare')
  await confirmModal()
  await until(() => db('review_members').find({ roundId, openid }).length === 1, `${openid} declared`)
  await tap(page, `.queue-group.group-${groupId}`)
  await visible(page, '.queue-household').first().waitFor()
  if (openid === CONFLICTED) {
    // A declared relative is not in the member's queue at all.
    expect(await visible(page, `.household-${HH}`).count()).toBe(0)
  }
  if (openid === OUTLIER) {
    await tap(page, `.household-${HH} .btn-mark-discuss`)
    await tap(page, `.household-${HH} .btn-score-household`)
    const items = openRound().rubric.householdItems as Array<{ id: string }>
    for (const i of items) await tap(page, `.item-${i.id} .score-0`)
    await shot('outlier-scores')
    await tap(page, '.btn-save-scores')
    await until(() => db('review_scores').find({ roundId, scorer: openid, householdId: HH, scores: { $ne: null } }).length === 1, 'outlier scored')
    await visible(page, '.btn-confirm-group').waitFor()
  }
  await tap(page, '.btn-confirm-group')
  await confirmModal()
  await until(() => db('review_confirms').find({ roundId, scorer: openid, groupId }).length === 1, `${openid} confirmed the group`)
}

/** Elder mode (适老化) on or off, stored as 我的 stores it; the next launch applies it. */
async function elderMode(on: boolean) {
  await j.page.evaluate((v) => localStorage.setItem('chengxin.elderMode', JSON.stringify({ data: v })), on)
}

async function rateVillage(openid: string, score: number, elder = false) {
  const { page, emu } = j
  await signInAs(page, emu.url, openid)
  if (elder) {
    await elderMode(true)
    await page.reload() // read at launch
    await page.locator('.greeting:visible').waitFor()
  }
  await open(page, emu.url, 'packages/resident/pages/review/index')
  await visible(page, '.rate-village').waitFor()
  for (const i of openRound().rubric.villageItems as Array<{ id: string }>) await tap(page, `.item-${i.id} .score-${score}`)
  await fill(page, '.rate-comment', openid === 'o-resident-head' ? '奖励兑现及时' : '')
  await tap(page, '.btn-rate-submit')
  await confirmModal()
  await until(() => db('review_ratings').find({ roundId, openid }).length === 1, `${openid} rated the village`)
  await visible(page, '.rated-village').waitFor()
  if (elder) {
    expect(await visible(page, '.page.elder').count()).toBe(1)
    await shot('rated-elder-mode')
    await elderMode(false)
  }
}

describe('the quarterly review', () => {
  it('lets the cadre open the round with the rubric generated from the commitment', async () => {
    const { page, emu } = j
    groupId = db('households').findOne({ _id: HH })!.groupId as string
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, 'packages/cadre/pages/review/index')
    await visible(page, '.review-open').waitFor()
    await shot('open-form')
    await tap(page, '.btn-open-round')
    await confirmModal()
    await until(() => db('review_rounds').find({ villageId: 'v-shizi', status: 'open' }).length === 1, 'round opened')
    roundId = (db('review_rounds').findOne({ villageId: 'v-shizi', status: 'open' }) as any)._id
    await expectText(page, '.review-round .round-status', '评议中')
  })

  it('has five members work the group: one conflicted, one giving an outlier', async () => {
    for (const m of MEMBERS) await work(m)
    await shot('group-confirmed')
    // The panel also scores the village's side.
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-panel-member')
    // From the member's page, as a person does it: saving goes back to that page.
    await open(page, emu.url, `packages/panel/pages/review/index?id=${encodeURIComponent(roundId)}`)
    await tap(page, '.btn-score-village')
    for (const i of openRound().rubric.villageItems as Array<{ id: string }>) await tap(page, `.item-${i.id} .score-3`)
    await tap(page, '.btn-save-scores')
    await until(() => db('review_scores').find({ roundId, scorer: 'o-panel-member', householdId: null }).length === 1, 'village side scored')
    await expectText(page, '.review-village-side .review-tag', '已打分')
  })

  it('has two households rate the village', async () => {
    await rateVillage('o-resident-head', 4)
    await rateVillage('o-resident-neighbour', 2, true)
    await shot('rated')
  })

  it('closes in batches and publishes; the median ignores the outlier', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, `packages/cadre/pages/review/index?id=${encodeURIComponent(roundId)}`)
    await tap(page, '.btn-close-round')
    await confirmModal()
    await until(() => openRound().status === 'closed', 'round closed')
    await tap(page, '.btn-publish-round')
    await confirmModal()
    await until(() => openRound().status === 'published', 'round published')
    await visible(page, '.notice-counts').waitFor()
    await shot('published')
    const result = db('review_results').findOne({ roundId, householdId: HH }) as any
    expect(result.current.scorers).toBe(4) // five members, one conflicted
    expect(result.current.outcome).toBe('fulfilled')
  })

  it('never shows the conflicted member that household', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, CONFLICTED)
    await open(page, emu.url, `packages/panel/pages/review/index?id=${encodeURIComponent(roundId)}`)
    await visible(page, '.household-results .review-result').first().waitFor()
    expect(await visible(page, `.result-${HH}`).count()).toBe(0)
  })

  it('shows the household its medians and takes its appeal', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-resident-head')
    await open(page, emu.url, 'packages/resident/pages/review/index')
    await expectText(page, '.result-outcome', '诚信户')
    await expectText(page, '.result-item .item-median', '3 分')
    await shot('own-result')
    await fill(page, '.appeal-reason', '本季度按约参加了全部健康服务，还帮邻居代办体检，请评为示范户')
    await tap(page, '.btn-appeal')
    await confirmModal()
    await until(() => db('review_appeals').find({ roundId, householdId: HH }).length === 1, 'appeal filed')
    await expectText(page, '.review-appeal .appeal-status', '待监督小组处理')
  })

  it('lets the supervision group change the result, keeping the old version', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-panel-member')
    await open(page, emu.url, `packages/panel/pages/review-supervise/index?id=${encodeURIComponent(roundId)}`)
    await tap(page, `.appeal-row-${HH} .btn-change`)
    await tap(page, `.appeal-row-${HH} .new-outcome .outcome-exemplary`)
    await fill(page, `.appeal-row-${HH} .decide-reason`, '核实了体检和代办记录，改为诚信示范户')
    await tap(page, `.appeal-row-${HH} .btn-decide`)
    await confirmModal()
    await until(() => (db('review_appeals').findOne({ roundId, householdId: HH }) as any).status === 'changed', 'appeal decided')
    await signInAs(page, emu.url, 'o-resident-head')
    await open(page, emu.url, 'packages/resident/pages/review/index')
    await expectText(page, '.result-outcome', '诚信示范户')
    await expectText(page, '.result-versions', '诚信户')
    await expectText(page, '.review-appeal .appeal-decision', '核实了体检和代办记录')
    await shot('appeal-changed')
    const result = db('review_results').findOne({ roundId, householdId: HH }) as any
    expect(result.current.version).toBe(2)
    expect(result.versions).toHaveLength(1)
  })
})
