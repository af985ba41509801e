import { fireEvent, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { HouseholdConsentOutput, LedgerApproveOutput, LedgerHouseholdsOutput, LedgerListOutput, LedgerRecordInput, LedgerRecordOutput, LedgerRejectOutput, type LedgerEntryView } from '@chengxin/shared/src/api'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { resetSession } from '../../stores/session'
import FinanceLedgerPage from './pages/ledger/index'
import LedgerRecordPage, { toFen } from './pages/ledger-record/index'
import ResidentLedgerPage from '../resident/pages/ledger/index'
import TownshipLedgerPage from '../township/pages/ledger/index'
import LedgerConsentPage from '../resident/pages/ledger-consent/index'

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]
const finance = makeMe({ roles: ['resident', 'panel'], panelGroups: ['finance'] })

function entry(over: Partial<LedgerEntryView> = {}): LedgerEntryView {
  return {
    id: 'le-1', status: 'pending', seq: null, kind: 'village-fee', amountFen: 30000, signedFen: -30000, balanceFen: null, day: '2026-11-24',
    quarter: null, household: '王大山户', ownHousehold: false, itemId: 'v-1', itemText: '按时兑现奖励优惠待遇', source: null,
    purpose: '未按期兑现奖励', hasReceipt: false, receiptUrl: null, reversesEntryId: null, reversesSeq: null, reason: null, recordedBy: '李四',
    decidedBy: null, rejectReason: null, hash: null, canDecide: true, canReverse: false, ...over,
  }
}
// Answers pass through the actions' own schemas, so the fake cannot drift from the contract.
const page = (items: LedgerEntryView[], over: object = {}) =>
  LedgerListOutput.parse({ items, total: items.length, offset: 0, limit: 20, villageName: '十字村', balanceFen: 123456, finance: true, ownNamed: false, ...over })

describe('理财账目 (finance group)', () => {
  it('approves an entry only after confirming, and never offers it to its recorder', async () => {
    const be = installFakeBackend({ me: finance })
    let items = [entry(), entry({ id: 'le-2', canDecide: false, recordedBy: '王大山' })]
    be.handlers['ledger.list'] = () => page(items)
    be.handlers['ledger.approve'] = (input: { entryId: string }) => {
      items = items.filter((e) => e.id !== input.entryId)
      return LedgerApproveOutput.parse({ entry: entry({ id: input.entryId, status: 'approved', seq: 6, balanceFen: 93456 }) })
    }
    render(<FinanceLedgerPage />)
    await waitFor(() => expect(all('.entry-pending')).toHaveLength(2))
    expect(all('.btn-approve')).toHaveLength(1)
    expect(q('.pending-le-2')!.textContent).toContain('由另一名成员审核')
    taroMock.modalConfirm = false
    fireEvent.click(q('.btn-approve')!)
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(be.requests.filter((r) => r.action === 'ledger.approve')).toHaveLength(0)
    taroMock.modalConfirm = true
    fireEvent.click(q('.btn-approve')!)
    await waitFor(() => expect(all('.entry-pending')).toHaveLength(1))
    expect(taroMock.modals[1].content).toContain('不能再修改')
  })

  it('rejects only with a reason', async () => {
    const be = installFakeBackend({ me: finance })
    be.handlers['ledger.list'] = () => page([entry()])
    be.handlers['ledger.reject'] = (input: { entryId: string; reason: string }) => LedgerRejectOutput.parse({ entry: entry({ status: 'rejected', rejectReason: input.reason }) })
    render(<FinanceLedgerPage />)
    await waitFor(() => expect(q('.btn-reject')).not.toBeNull())
    fireEvent.click(q('.btn-reject')!)
    expect((q('.btn-reject-confirm') as HTMLButtonElement).disabled).toBe(true)
    fireEvent.change(q('.reject-reason textarea')!, { target: { value: '金额与会议记录不符' } })
    fireEvent.click(q('.btn-reject-confirm')!)
    await waitFor(() => expect(be.requests.find((r) => r.action === 'ledger.reject')?.input).toEqual({ entryId: 'le-1', reason: '金额与会议记录不符' }))
  })

  it('tells a panel member outside the finance group it is not theirs', async () => {
    installFakeBackend({ me: makeMe({ roles: ['resident', 'panel'], panelGroups: ['review'] }) })
    render(<FinanceLedgerPage />)
    await waitFor(() => expect(document.body.textContent).toContain('仅限理财小组成员'))
  })

  it('shows the error with a retry when the queue cannot load', async () => {
    const be = installFakeBackend({ me: finance })
    be.handlers['ledger.list'] = () => page([])
    be.failNext('ledger.list', 'INTERNAL')
    render(<FinanceLedgerPage />)
    await waitFor(() => expect(document.body.textContent).toContain('服务暂时不可用'))
  })
})

describe('登记账目', () => {
  it('reads yuan as fen', () => {
    expect(toFen('300')).toBe(30000)
    expect(toFen('12.5')).toBe(1250)
    expect(toFen('0.05')).toBe(5)
    expect(toFen('1.234')).toBeNull()
    expect(toFen('abc')).toBeNull()
  })

  it('records a breach fee owed by the village after confirming', async () => {
    const be = installFakeBackend({ me: finance })
    const roster = [{ id: 'h-shizi-001', label: '王大山户', groupName: '第一村民组' }, { id: 'h-shizi-002', label: '李四户', groupName: '第二村民组' }]
    be.handlers['ledger.households'] = (input: { search?: string }) => {
      const items = roster.filter((h) => !input.search || h.label.includes(input.search))
      return LedgerHouseholdsOutput.parse({ items, total: items.length, offset: 0, limit: 20 })
    }
    be.handlers['ledger.record'] = (input: unknown) => LedgerRecordOutput.parse({ entry: entry(LedgerRecordInput.parse(input) as Partial<LedgerEntryView>) })
    render(<LedgerRecordPage />)
    await waitFor(() => expect(q('.chip-item-v-1')).not.toBeNull())
    await waitFor(() => expect(all('.household-option')).toHaveLength(2))
    fireEvent.change(q('.household-search input')!, { target: { value: '大山' } })
    await waitFor(() => expect(all('.household-option')).toHaveLength(1))
    fireEvent.click(q('.option-h-shizi-001')!)
    expect(q('.household-picked')!.textContent).toContain('王大山户（第一村民组）')
    fireEvent.change(q('.amount input')!, { target: { value: '300' } })
    fireEvent.click(q('.chip-item-v-1')!)
    fireEvent.change(q('.purpose textarea')!, { target: { value: '未按期兑现奖励' } })
    fireEvent.click(q('.btn-record-submit')!)
    await waitFor(() => expect(be.requests.find((r) => r.action === 'ledger.record')).toBeTruthy())
    expect(be.requests.find((r) => r.action === 'ledger.record')!.input).toEqual({ kind: 'village-fee', householdId: 'h-shizi-001', itemId: 'v-1', amountFen: 30000, purpose: '未按期兑现奖励' })
    expect(taroMock.modals[0].content).toContain('王大山户，')
    expect(taroMock.modals[0].content).toContain('300.00 元')
  })

  it('uploads a receipt photo for spending, shows it as a thumbnail and sends its fileID', async () => {
    const be = installFakeBackend({ me: finance })
    be.handlers['proof.uploadPath'] = () => ({ cloudPath: 'proofs/k1/r1.jpg' })
    be.handlers['ledger.record'] = () => LedgerRecordOutput.parse({ entry: entry({ kind: 'spending', household: null, hasReceipt: true }) })
    const uploads: string[] = []
    taroMock.cloud!.uploadFile = async ({ cloudPath }) => { uploads.push(cloudPath); return { fileID: `cloud://env/${cloudPath}` } }
    let next: string | null = null
    Object.assign(Taro, { chooseImage: async () => { if (!next) throw { errMsg: 'chooseImage:fail cancel' }; return { tempFilePaths: [next], errMsg: 'chooseImage:ok' } } })
    render(<LedgerRecordPage />)
    await waitFor(() => expect(q('.chip-spending')).not.toBeNull())
    expect(q('.receipt-picker')).toBeNull()
    fireEvent.click(q('.chip-spending')!)
    // Closing the picker chooses nothing and uploads nothing.
    fireEvent.click(q('.btn-receipt-choose')!)
    await waitFor(() => expect(q('.btn-receipt-choose')!.textContent).toContain('拍照'))
    expect(uploads).toHaveLength(0)
    next = 'wxfile://temp/receipt.jpg'
    fireEvent.click(q('.btn-receipt-choose')!)
    await waitFor(() => expect(q('.receipt-thumb')).not.toBeNull())
    expect(q('.receipt-thumb')!.getAttribute('src')).toBe('wxfile://temp/receipt.jpg')
    expect(uploads).toEqual(['proofs/k1/r1.jpg'])
    fireEvent.change(q('.amount input')!, { target: { value: '50' } })
    fireEvent.change(q('.purpose textarea')!, { target: { value: '打印公示材料' } })
    fireEvent.click(q('.btn-record-submit')!)
    await waitFor(() => expect(be.requests.find((r) => r.action === 'ledger.record')).toBeTruthy())
    expect(be.requests.find((r) => r.action === 'ledger.record')!.input).toEqual({ kind: 'spending', amountFen: 5000, purpose: '打印公示材料', receiptFileId: 'cloud://env/proofs/k1/r1.jpg' })
  })

  it('shows a receipt photo the finance group may see on the pending entry', async () => {
    const be = installFakeBackend({ me: finance })
    be.handlers['ledger.list'] = () => page([entry({ kind: 'spending', household: null, hasReceipt: true, receiptUrl: 'https://tmp.example/r1.jpg' })])
    render(<FinanceLedgerPage />)
    await waitFor(() => expect(q('.receipt-photo')).not.toBeNull())
    expect(q('.receipt-photo')!.getAttribute('src')).toBe('https://tmp.example/r1.jpg')
  })

  it('records a reversal with its reason', async () => {
    const be = installFakeBackend({ me: finance })
    be.handlers['ledger.record'] = () => LedgerRecordOutput.parse({ entry: entry({ kind: 'reversal', signedFen: 30000 }) })
    taroMock.routerParams = { reverses: 'le-1', seq: '6' }
    render(<LedgerRecordPage />)
    await waitFor(() => expect(q('.ledger-reversal')).not.toBeNull())
    expect(q('.ledger-reversal')!.textContent).toContain('冲正第6笔')
    fireEvent.change(q('.reversal-reason textarea')!, { target: { value: '金额登记错了' } })
    fireEvent.click(q('.btn-record-reversal')!)
    await waitFor(() => expect(be.requests.find((r) => r.action === 'ledger.record')?.input).toEqual({ kind: 'reversal', reversesEntryId: 'le-1', reason: '金额登记错了' }))
  })
})

describe('村账公开 (residents)', () => {
  const approved = (over: Partial<LedgerEntryView>) => entry({ status: 'approved', seq: 5, balanceFen: 123456, canDecide: false, quarter: '2026Q4', decidedBy: '张三', ...over })

  it('shows other households as 某户, its own by name, the balance and the quarters', async () => {
    const be = installFakeBackend()
    be.handlers['ledger.list'] = () => page([approved({ household: '某户' }), approved({ id: 'le-2', seq: 4, ownHousehold: true })], { finance: false })
    be.handlers['ledger.summary'] = () => ({ villages: [{ villageId: 'v1', villageName: '十字村', balanceFen: 123456, count: 2, quarters: [{ quarter: '2026Q4', inFen: 0, outFen: 60000, netFen: -60000, count: 2, byKind: {} }] }], published: [] })
    render(<ResidentLedgerPage />)
    await waitFor(() => expect(all('.ledger-entry')).toHaveLength(2))
    expect(q('.ledger-balance')!.textContent).toBe('结余 1,234.56 元')
    expect(all('.ledger-household').map((e) => e.textContent)).toEqual(['农户：某户', '农户：王大山户（本户）'])
    expect(q('.quarter-2026Q4')!.textContent).toContain('支出 600.00 元')
    expect(q('.btn-reverse')).toBeNull()
  })

  it('says 账目完整 after verifying page by page, or names the broken entry', async () => {
    const be = installFakeBackend()
    be.handlers['ledger.list'] = () => page([], { finance: false })
    be.handlers['ledger.summary'] = () => ({ villages: [], published: [] })
    const point = { seq: 3000, hash: 'a'.repeat(64), balanceFen: 5 }
    let calls = 0
    be.handlers['ledger.verify'] = (input: { after?: unknown }) => {
      calls++
      return input.after ? { ok: true, done: true, checked: 2000, through: point, broken: null } : { ok: true, done: false, checked: 3000, through: point, broken: null }
    }
    render(<ResidentLedgerPage />)
    await waitFor(() => expect(document.body.textContent).toContain('还没有入账的账目'))
    fireEvent.click(q('.btn-verify')!)
    await waitFor(() => expect(q('.verify-ok')).not.toBeNull())
    expect(q('.verify-ok')!.textContent).toBe('账目完整：5000 笔逐条核对无误')
    expect(calls).toBe(2)
    be.handlers['ledger.verify'] = () => ({ ok: false, done: true, checked: 2, through: point, broken: { seq: 3, entryId: 'le-3', why: 'content', label: '内容被改动过' } })
    fireEvent.click(q('.btn-verify')!)
    await waitFor(() => expect(q('.verify-broken')!.textContent).toBe('账目不完整：第3笔内容被改动过'))
  })
})

describe('各村账目 (township)', () => {
  it("lists every village's totals", async () => {
    const be = installFakeBackend({ me: makeMe({ roles: ['township'], village: null, household: null }) })
    be.handlers['ledger.summary'] = () => ({ villages: [
      { villageId: 'v1', villageName: '十字村', balanceFen: 427200, count: 5, quarters: [{ quarter: '2026Q4', inFen: 0, outFen: 62800, netFen: -62800, count: 2, byKind: {} }] },
      { villageId: 'v2', villageName: '百子村', balanceFen: 0, count: 0, quarters: [] },
    ], published: [] })
    render(<TownshipLedgerPage />)
    await waitFor(() => expect(all('.ledger-village')).toHaveLength(2))
    expect(q('.village-v1')!.textContent).toContain('结余 4,272.00 元，共 5 笔')
    expect(q('.village-v2')!.textContent).toContain('还没有入账的账目')
  })
})

describe('村账公开户名 (the household head)', () => {
  const head = makeMe({ roles: ['resident'] })

  it('shows 某户 by default and names the household only after the head confirms, then lets it withdraw', async () => {
    const be = installFakeBackend({ me: head })
    be.handlers['ledger.list'] = () => page([], { finance: false, ownNamed: false })
    be.handlers['household.consent'] = (input) => HouseholdConsentOutput.parse({ ledgerNamed: input.ledgerNamed ?? false, reviewNamed: false, at: '2026-11-29T08:00:00.000Z' })
    render(<LedgerConsentPage />)
    await waitFor(() => expect(q('.consent-current')).not.toBeNull())
    expect(q('.consent-current')!.textContent).toContain('某户')
    taroMock.modalConfirm = false
    fireEvent.click(q('.btn-consent-give')!)
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(be.requests.filter((r) => r.action === 'household.consent')).toHaveLength(0)
    taroMock.modalConfirm = true
    fireEvent.click(q('.btn-consent-give')!)
    await waitFor(() => expect(q('.consent-current')!.textContent).toContain('本户户名'))
    expect(be.requests.find((r) => r.action === 'household.consent')!.input).toEqual({ ledgerNamed: true })
    fireEvent.click(q('.btn-consent-withdraw')!)
    await waitFor(() => expect(q('.consent-current')!.textContent).toContain('某户'))
    expect(be.requests.filter((r) => r.action === 'household.consent').map((r) => r.input)).toEqual([{ ledgerNamed: true }, { ledgerNamed: false }])
  })

  it('tells a member who is not the head that only the head decides', async () => {
    installFakeBackend({ me: makeMe({ roles: ['resident'], household: { id: 'h1', label: '王大山户', groupName: '一组', isHead: false, memberId: 'm2' } }) })
    render(<LedgerConsentPage />)
    await waitFor(() => expect(document.body.textContent).toContain('只有户主可以设置'))
  })
})
