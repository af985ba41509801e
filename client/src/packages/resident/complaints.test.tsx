import { generateKeyPairSync } from 'crypto'
import { fireEvent, render, waitFor } from '@testing-library/react'
import { modPow, tokenDigest, verifyToken } from '@chengxin/shared/src/domain/blind-token'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, type FakeBackend } from '../../../test-mocks/fake-backend'
import { complaint, follow, mine, stats } from '../../../test-mocks/fake-complaints'
import { resetSession } from '../../stores/session'
import Taro from '@tarojs/taro'
import ComplaintFilePage from './pages/complaint-file/index'
import ComplaintsPage from './pages/complaints/index'
import ComplaintPage from './pages/complaint/index'
import ComplaintStatsPage from './pages/complaint-stats/index'
import { RECEIPTS_KEY } from '../../components/complaint/receipts'
import { TOKENS_KEY } from './components/filing-tokens'
import { setElderMode } from '../../stores/elder'

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]
const sent = (be: FakeBackend, action: string) => be.requests.filter((r) => r.action === action)
const RECEIPT = 'K7QD-9M2X-T4HB-8ZRP'

// A real (small) RSA key, so the phone's blinding, unblinding and checking run for real.
const jwk = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'jwk' }) as { n: string; d: string }
const hex = (b64url: string) => Buffer.from(b64url, 'base64url').toString('hex').replace(/^0+/, '')
const KEY = { period: '2026W48', n: hex(jwk.n), e: 65537, keyId: 'k48' }
const D = BigInt(`0x${hex(jwk.d)}`)

function installTokens(be: FakeBackend, remaining = 3) {
  const seen: string[] = []
  be.handlers['complaint.tokens'] = (input: { blinded?: string[] }) => {
    seen.push(...(input.blinded ?? []))
    const signatures = (input.blinded ?? []).map((b) => modPow(BigInt(`0x${b}`), D, BigInt(`0x${KEY.n}`)).toString(16))
    return { key: KEY, signatures, remaining: input.blinded ? remaining - input.blinded.length : remaining, perWeek: 3 }
  }
  return seen
}

function filingBackend() {
  const be = installFakeBackend()
  be.handlers['complaint.mine'] = () => mine([])
  const blinded = installTokens(be)
  return { be, blinded }
}

async function fillForm(anonymous: boolean) {
  await waitFor(() => expect(q('.category-promise')).not.toBeNull())
  fireEvent.click(q('.category-promise')!)
  fireEvent.click(q(anonymous ? '.choice-anonymous' : '.choice-named')!)
  fireEvent.change(q('.complaint-text textarea')!, { target: { value: '去年承诺的路灯还没有修好' } })
}

describe('我要投诉', () => {
  it('files a named complaint about a picked cadre after saying what named means and confirming', async () => {
    const { be } = filingBackend()
    be.handlers['complaint.file'] = () => ({ complaint: complaint({ id: 'cp-9' }), receipt: null })
    render(<ComplaintFilePage />)
    await waitFor(() => expect(all('.about-option')).toHaveLength(2))
    expect(q('.btn-file-complaint')!.className).toContain('is-disabled')
    expect(q('.named-sentence')!.textContent).toContain('办理人能看到您的姓名')
    expect(q('.anonymous-sentence')!.textContent).toContain('回执码')
    await fillForm(false)
    expect(q('.text-counter')!.textContent).toBe('12/1000')
    fireEvent.click(q('.about-0')!)
    fireEvent.click(q('.btn-file-complaint')!)
    await waitFor(() => expect(sent(be, 'complaint.file')).toHaveLength(1))
    expect(taroMock.modals[0].content).toContain('实名提交“承诺未兑现”投诉，涉及“李村长”')
    expect(sent(be, 'complaint.file')[0].input).toEqual({ anonymous: false, category: 'promise', text: '去年承诺的路灯还没有修好', photos: [], about: { personRef: 'p-cadre' } })
    await waitFor(() => expect(taroMock.navigations.at(-1)).toBe('/packages/resident/pages/complaint/index?id=cp-9'))
  })

  it('uploads photos compressed to the caller\'s folder for a named complaint, and offers none for an anonymous one', async () => {
    const { be } = filingBackend()
    let n = 0
    be.handlers['proof.uploadPath'] = () => ({ cloudPath: `proofs/${'a'.repeat(32)}/${++n}.jpg` })
    taroMock.cloud!.uploadFile = async ({ cloudPath }) => ({ fileID: `cloud://env/${cloudPath}` })
    Object.assign(Taro, { chooseImage: async () => ({ tempFilePaths: ['wxfile://a.jpg', 'wxfile://b.jpg'], errMsg: 'chooseImage:ok' }) })
    be.handlers['complaint.file'] = () => ({ complaint: complaint(), receipt: null })
    render(<ComplaintFilePage />)
    await fillForm(true)
    expect(q('.btn-choose-photos')).toBeNull()
    expect(q('.no-photos-anonymous')!.textContent).toContain('匿名投诉不能附照片')
    fireEvent.click(q('.choice-named')!)
    fireEvent.click(q('.btn-choose-photos')!)
    await waitFor(() => expect(all('.photo-thumb')).toHaveLength(2))
    expect(taroMock.compressed).toEqual(['wxfile://a.jpg', 'wxfile://b.jpg'])
    expect(q('.btn-choose-photos')!.textContent).toContain('还可加 4 张')
    fireEvent.click(q('.btn-file-complaint')!)
    await waitFor(() => expect(sent(be, 'complaint.file')).toHaveLength(1))
    expect(sent(be, 'complaint.file')[0].input.photos).toEqual([`cloud://env/proofs/${'a'.repeat(32)}/1.jpg`, `cloud://env/proofs/${'a'.repeat(32)}/2.jpg`])
  })

  it('sends a typed name when the person is not in the list, and nothing when the confirmation is cancelled', async () => {
    const { be } = filingBackend()
    be.handlers['complaint.file'] = () => ({ complaint: complaint(), receipt: null })
    render(<ComplaintFilePage />)
    await fillForm(false)
    fireEvent.change(q('.about-typed input')!, { target: { value: '三组组长' } })
    taroMock.modalConfirm = false
    fireEvent.click(q('.btn-file-complaint')!)
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(sent(be, 'complaint.file')).toHaveLength(0)
    taroMock.modalConfirm = true
    fireEvent.click(q('.btn-file-complaint')!)
    await waitFor(() => expect(sent(be, 'complaint.file')).toHaveLength(1))
    expect(sent(be, 'complaint.file')[0].input.about).toEqual({ name: '三组组长' })
  })

  it('files anonymously with a blind-signed token: the server never saw the token, the receipt shows once and stays on the phone', async () => {
    const { be, blinded } = filingBackend()
    be.handlers['complaint.file'] = () => ({ complaint: complaint({ anonymous: true, author: null }), receipt: RECEIPT })
    render(<ComplaintFilePage />)
    // Tokens are fetched when the form opens, not when it is sent.
    await waitFor(() => expect((Taro.getStorageSync(TOKENS_KEY) as unknown[]).length).toBe(3))
    await fillForm(true)
    fireEvent.click(q('.btn-file-complaint')!)
    await waitFor(() => expect(q('.receipt-once')).not.toBeNull())
    const input = sent(be, 'complaint.file')[0].input as { token: { message: string; signature: string } }
    expect(input).toMatchObject({ anonymous: true, category: 'promise', about: null })
    expect(verifyToken(input.token.message, input.token.signature, KEY)).toBe(true)
    // What the server signed is not the token's digest: blinding hid it.
    expect(blinded).not.toContain(tokenDigest(input.token.message, KEY).toString(16))
    expect(q('.receipt-code')!.textContent).toBe(RECEIPT)
    expect(q('.receipt-warning')!.textContent).toContain('只显示这一次')
    expect(Taro.getStorageSync(RECEIPTS_KEY)).toEqual([RECEIPT])
    expect((Taro.getStorageSync(TOKENS_KEY) as Array<{ message: string }>).map((t) => t.message)).not.toContain(input.token.message)
    expect(taroMock.modals[0].content).toContain('匿名提交')
  })

  it('retries an anonymous complaint after a network failure with the same token and the same requestId', async () => {
    const { be } = filingBackend()
    be.handlers['complaint.file'] = () => ({ complaint: complaint({ anonymous: true, author: null }), receipt: RECEIPT })
    be.failNext('complaint.file', 'INTERNAL')
    render(<ComplaintFilePage />)
    await waitFor(() => expect((Taro.getStorageSync(TOKENS_KEY) as unknown[]).length).toBe(3))
    await fillForm(true)
    fireEvent.click(q('.btn-file-complaint')!)
    await waitFor(() => expect(q('.form-error')).not.toBeNull())
    fireEvent.click(q('.btn-file-complaint')!)
    await waitFor(() => expect(q('.receipt-once')).not.toBeNull())
    const [first, second] = sent(be, 'complaint.file')
    expect(second.requestId).toBe(first.requestId)
    expect(second.input.token).toEqual(first.input.token)
  })

  it('says so when the household has no anonymous tokens left this week', async () => {
    const be = installFakeBackend()
    be.handlers['complaint.mine'] = () => mine([])
    installTokens(be, 0)
    render(<ComplaintFilePage />)
    await fillForm(true)
    fireEvent.click(q('.btn-file-complaint')!)
    await waitFor(() => expect(q('.form-error')!.textContent).toContain('本周的匿名投诉凭证已经领完'))
    expect(sent(be, 'complaint.file')).toHaveLength(0)
  })
})

describe('我的投诉', () => {
  it('lists named complaints and checks the receipts kept on the phone when opened', async () => {
    const be = installFakeBackend()
    Taro.setStorageSync(RECEIPTS_KEY, [RECEIPT, 'AAAA-BBBB-CCCC-DDDD'])
    be.handlers['complaint.mine'] = () => mine([complaint({ id: 'cp-n', status: 'answered' })])
    be.handlers['complaint.follow'] = () => follow([{ receipt: RECEIPT, complaint: complaint({ id: 'cp-a', anonymous: true, author: null }) }], ['AAAA-BBBB-CCCC-DDDD'])
    render(<ComplaintsPage />)
    await waitFor(() => expect(all('.complaint-row')).toHaveLength(2))
    expect(sent(be, 'complaint.follow')[0].input).toEqual({ receipts: [RECEIPT, 'AAAA-BBBB-CCCC-DDDD'] })
    expect(q('.named-list .complaint-status')!.textContent).toBe('已答复')
    expect(q('.receipt-unknown')!.textContent).toContain('AAAA-BBBB-CCCC-DDDD')
    fireEvent.click(q('.anonymous-list .complaint-row')!)
    expect(taroMock.navigations.at(-1)).toBe(`/packages/resident/pages/complaint/index?receipt=${encodeURIComponent(RECEIPT)}`)
  })

  it('finds an anonymous complaint by a typed receipt after the phone forgot it, and remembers it again', async () => {
    const be = installFakeBackend()
    be.handlers['complaint.mine'] = () => mine([])
    be.handlers['complaint.follow'] = (input: { receipts: string[] }) => (input.receipts[0].replace(/-/g, '') === RECEIPT.replace(/-/g, '')
      ? follow([{ receipt: RECEIPT, complaint: complaint({ anonymous: true, author: null }) }]) : follow([], input.receipts))
    render(<ComplaintsPage />)
    await waitFor(() => expect(document.body.textContent).toContain('还没有实名投诉'))
    expect(q('.anonymous-list')).toBeNull()
    fireEvent.change(q('.receipt-input input')!, { target: { value: 'k7qd 9m2x t4hb 8zrx' } })
    fireEvent.click(q('.btn-follow-receipt')!)
    await waitFor(() => expect(q('.type-receipt .form-error')!.textContent).toContain('没有查到'))
    fireEvent.change(q('.receipt-input input')!, { target: { value: 'k7qd 9m2x t4hb 8zrp' } })
    fireEvent.click(q('.btn-follow-receipt')!)
    await waitFor(() => expect(taroMock.navigations.at(-1)).toContain('receipt='))
    expect(Taro.getStorageSync(RECEIPTS_KEY)).toEqual([RECEIPT])
  })
})

describe('投诉详情 for its author', () => {
  const answered = complaint({
    status: 'answered', reopenUntil: '2026-12-01', can: { rate: true, reopen: true, add: true },
    events: [
      { kind: 'filed', day: '2026-11-20', by: '投诉人', text: null, photos: [] },
      { kind: 'answer', day: '2026-11-24', by: '监督小组', text: '已报修，下周修好', photos: [] },
    ],
  })

  it('reads the answer and rates it 2 stars as not solved, after confirming', async () => {
    const be = installFakeBackend()
    be.handlers['complaint.follow'] = () => follow([{ receipt: RECEIPT, complaint: answered }])
    be.handlers['complaint.rate'] = (input: { stars: number; comment: string }) => ({ complaint: complaint({ ...answered, rating: { stars: input.stars, comment: input.comment } }) })
    taroMock.routerParams = { receipt: RECEIPT }
    render(<ComplaintPage />)
    await waitFor(() => expect(q('.kind-answer')!.textContent).toContain('已报修，下周修好'))
    expect(q('.btn-rate-unresolved')!.className).toContain('is-disabled')
    fireEvent.click(q('.star-2')!)
    fireEvent.change(q('.rate-comment textarea')!, { target: { value: '还没修' } })
    fireEvent.click(q('.btn-rate-unresolved')!)
    await waitFor(() => expect(q('.complaint-rating')).not.toBeNull())
    expect(sent(be, 'complaint.rate')[0].input).toEqual({ locator: { receipt: RECEIPT }, stars: 2, comment: '还没修', resolved: false })
    expect(taroMock.modals[0].content).toContain('7 天内可以要求重新办理')
  })

  it('reopens with a reason within the window, and a named complaint is addressed by its id', async () => {
    const be = installFakeBackend()
    be.handlers['complaint.mine'] = () => mine([answered])
    be.handlers['complaint.reopen'] = () => ({ complaint: complaint({ ...answered, status: 'accepted', reopenCount: 1, can: { add: true } }) })
    taroMock.routerParams = { id: 'cp-1' }
    render(<ComplaintPage />)
    await waitFor(() => expect(q('.reopen-until')!.textContent).toContain('2026-12-01 前'))
    fireEvent.click(q('.btn-reopen')!)
    fireEvent.change(q('.reopen-reason textarea')!, { target: { value: '过了两周还没修' } })
    fireEvent.click(q('.btn-reopen-confirm')!)
    await waitFor(() => expect(q('.complaint-status')!.textContent).toBe('办理中'))
    expect(sent(be, 'complaint.reopen')[0].input).toEqual({ locator: { complaintId: 'cp-1' }, reason: '过了两周还没修' })
    expect(q('.btn-reopen')).toBeNull()
  })

  it('adds information to an anonymous complaint by its receipt, with no photos', async () => {
    const be = installFakeBackend()
    be.handlers['complaint.follow'] = () => follow([{ receipt: RECEIPT, complaint: complaint({ ...answered, anonymous: true, author: null }) }])
    be.handlers['complaint.respond'] = (input: { text: string }) => ({ complaint: complaint({
      ...answered, anonymous: true, author: null, events: [...answered.events, { kind: 'addition', day: '2026-11-25', by: '投诉人', text: input.text, photos: [] }],
    }) })
    taroMock.routerParams = { receipt: RECEIPT }
    render(<ComplaintPage />)
    await waitFor(() => expect(q('.btn-add-info')).not.toBeNull())
    fireEvent.click(q('.btn-add-info')!)
    fireEvent.change(q('.add-text textarea')!, { target: { value: '路灯在三组村口' } })
    fireEvent.click(q('.btn-add-confirm')!)
    await waitFor(() => expect(q('.kind-addition .event-text')!.textContent).toBe('路灯在三组村口'))
    expect(sent(be, 'complaint.respond')[0].input).toEqual({ as: 'addition', locator: { receipt: RECEIPT }, text: '路灯在三组村口', photos: [] })
  })

  it('says plainly when a receipt names no complaint', async () => {
    const be = installFakeBackend()
    be.handlers['complaint.follow'] = (input: { receipts: string[] }) => follow([], input.receipts)
    taroMock.routerParams = { receipt: RECEIPT }
    render(<ComplaintPage />)
    await waitFor(() => expect(document.body.textContent).toContain('没有查到这个回执码的投诉'))
  })
})

describe('投诉办理情况公开', () => {
  it('shows counts, median days and the share on time, and "—" for cells below 3 with the reason', async () => {
    const be = installFakeBackend()
    be.handlers['complaint.stats'] = () => stats([
      { month: '2026-11', category: 'promise', hidden: false, count: 4, byStatus: { answered: 3, submitted: 1 }, medianDaysToAnswer: 5, withinDeadline: 0.75 },
      { month: '2026-11', category: 'conduct', hidden: true, count: null, byStatus: null, medianDaysToAnswer: null, withinDeadline: null },
    ])
    render(<ComplaintStatsPage />)
    await waitFor(() => expect(all('.stats-cell')).toHaveLength(2))
    expect(all('.stats-cell')[0].textContent).toContain('承诺未兑现：4 件')
    expect(all('.stats-cell')[0].textContent).toContain('中位数 5 天 · 按期答复 75%')
    expect(all('.stats-cell')[1].textContent).toBe('干部作风：—')
    expect(q('.stats-hidden-reason')!.textContent).toContain('少于 3 件')
  })
})

describe('elder mode', () => {
  afterEach(() => setElderMode(false))

  it('renders the complaint pages large-text, with every action still there', async () => {
    const { be } = filingBackend()
    be.handlers['complaint.file'] = () => ({ complaint: complaint(), receipt: null })
    setElderMode(true)
    render(<ComplaintFilePage />)
    await fillForm(false)
    expect(q('.page')!.className).toContain('elder')
    expect(q('.page')!.className).toContain('complaint-page')
    expect(q('.btn-file-complaint')!.className).not.toContain('is-disabled')
  })
})
