// Journey: a complaint nobody accepts in time is escalated to the township by the timer, under
// the emulator's controlled clock; the township sees it as overdue and why it came to them.
import { useJourney } from './browser'
import { expect, expectText, open, signInAs } from './steps'
import { fileComplaint, openOnWorkbench } from './complaint-steps'

const { j, shot } = useJourney('complaint-overdue')
const TEXT = '低保评议时没有通知我家参加，结果不公平'
const DAY = 86_400_000

afterAll(() => j.emu?.setClock(0))

describe('an overdue complaint', () => {
  it('goes to the township by the timer once the accept deadline has passed', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-resident-neighbour')
    await fileComplaint(page, emu.url, { category: 'review', text: TEXT, anonymous: false })
    const stored = () => emu.wire.db.collection('complaints').find({}).find((c: any) => c.text === TEXT) as any
    expect(stored().level).toBe('village')
    // Three days on: past the 2-day accept deadline.
    emu.setClock(3 * DAY)
    await emu.runner.fireTimer('complaint', 'overdue')
    expect(stored().level).toBe('township')
    await signInAs(page, emu.url, 'o-township-officer')
    await openOnWorkbench(page, emu.url, 'packages/township/pages/complaints/index', TEXT)
    await expectText(page, '.complaint-head .tag-overdue', '已超期')
    await expectText(page, '.complaint-escalation', '超过期限未办理')
    await shot('escalated')
    // The supervision group and the township were told.
    await emu.runner.fireTimer('notify', 'relay')
    expect(emu.wire.db.collection('inbox').find({ openid: 'o-township-officer' }).length).toBeGreaterThan(0)
    await open(page, emu.url, 'packages/township/pages/complaints/index')
    await expectText(page, '.complaint-row.is-overdue', TEXT.slice(0, 10))
  })
})
