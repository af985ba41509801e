import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { installResident } from '../../../test-mocks/fake-resident'
import { resetSession } from '../../stores/session'
import { resetSubscriptions } from '../../services/subscribe'
import EnrolmentPage, { WITHDRAW_PENDING_CONFIRM } from './pages/enrolment/index'
import ApplyPage, { applyConfirm } from './pages/enrolment-apply/index'

beforeEach(() => {
  taroMock.reset()
  resetSession()
  resetSubscriptions()
})

const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const member = makeMe({ name: '王小芳', household: { id: 'h1', label: '王大山户', groupName: '一组', isHead: false, memberId: 'm2' } })

describe('诚信管理 status', () => {
  it('shows contract management and offers the head an application', async () => {
    installResident(installFakeBackend())
    render(<EnrolmentPage />)
    await waitFor(() => expect(q('.management-now')).not.toBeNull())
    expect(q('.management-now')!.textContent).toBe('协议管理')
    fireEvent.click(q('.btn-apply')!)
    expect(taroMock.navigations).toEqual(['/packages/resident/pages/enrolment-apply/index'])
  })

  it('shows a member who is not the head the status only', async () => {
    const be = installFakeBackend({ me: member })
    const s = installResident(be)
    s.enrolments.push(pending())
    render(<EnrolmentPage />)
    await waitFor(() => expect(q('.enrolment-current')).not.toBeNull())
    expect(q('.btn-apply')).toBeNull()
    expect(q('.btn-withdraw')).toBeNull()
    expect(q('.head-hint')!.textContent).toContain('户主本人')
  })

  it('lets the head withdraw a pending application after confirming', async () => {
    const be = installFakeBackend()
    const s = installResident(be)
    s.enrolments.push(pending())
    render(<EnrolmentPage />)
    await waitFor(() => expect(q('.btn-withdraw')).not.toBeNull())
    expect(q('.enrolment-status')!.textContent).toBe('待村里审核')
    fireEvent.click(q('.btn-withdraw')!)
    await waitFor(() => expect(q('.enrolment-current')).toBeNull())
    expect(taroMock.modals[0].content).toBe(WITHDRAW_PENDING_CONFIRM)
    expect(q('.enrolment-history')!.textContent).toContain('已撤回')
    expect(q('.btn-apply')).not.toBeNull()
  })

  it('keeps the application when the head cancels the withdrawal', async () => {
    const be = installFakeBackend()
    const s = installResident(be)
    s.enrolments.push(pending())
    taroMock.modalConfirm = false
    render(<EnrolmentPage />)
    await waitFor(() => expect(q('.btn-withdraw')).not.toBeNull())
    fireEvent.click(q('.btn-withdraw')!)
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(be.requests.some((r) => r.action === 'enrolment.withdraw')).toBe(false)
    expect(s.enrolments[0].status).toBe('pending')
  })

  it('shows why an earlier application was rejected', async () => {
    const s = installResident(installFakeBackend())
    s.enrolments.push({ ...pending(), status: 'rejected', reason: '评议意见不一', history: [...pending().history, { status: 'rejected', at: new Date().toISOString(), byName: '李桂芳', byRole: 'cadre', category: null, reason: '评议意见不一' }] })
    render(<EnrolmentPage />)
    await waitFor(() => expect(q('.enrolment-history .step-rejected')).not.toBeNull())
    expect(q('.step-rejected')!.textContent).toContain('李桂芳（村里）未获批准')
    expect(q('.step-rejected')!.textContent).toContain('理由：评议意见不一')
  })
})

describe('applying for integrity management', () => {
  it('takes a category and a statement, asks for the decision reminder, confirms, then applies', async () => {
    const be = installFakeBackend()
    const s = installResident(be)
    taroMock.subscribe = (ids) => Object.fromEntries(ids.map((id) => [id, 'accept']))
    render(<ApplyPage />)
    await waitFor(() => expect(q('.category-option')).not.toBeNull())
    expect(document.querySelectorAll('.category-option')).toHaveLength(3)
    expect(q('.category-committed')!.textContent).toContain('书面承诺')
    expect(q('.btn-submit-apply')!.className).toContain('is-disabled')
    fireEvent.click(q('.category-committed')!)
    expect(q('.category-committed')!.className).toContain('selected')
    fireEvent.change(q('.statement-input')!, { target: { value: '本户承诺按时参加检查。' } })
    await waitFor(() => expect(be.requests.some((r) => r.action === 'subscription.list')).toBe(true))
    fireEvent.click(q('.btn-submit-apply')!)
    await waitFor(() => expect(taroMock.navigations).toContain('back'))
    expect(taroMock.modals[0].content).toBe(applyConfirm('committed'))
    expect(s.enrolments[0]).toMatchObject({ requestedCategory: 'committed', statement: '本户承诺按时参加检查。', status: 'pending' })
    await waitFor(() => expect(s.grants).toEqual([{ template: 'enrolment-decided', answer: 'accept' }]))
  })

  it('still applies when the person refuses the reminder, and reports the refusal', async () => {
    const be = installFakeBackend()
    const s = installResident(be)
    taroMock.subscribe = (ids) => Object.fromEntries(ids.map((id) => [id, 'reject']))
    render(<ApplyPage />)
    await waitFor(() => expect(q('.category-recognised')).not.toBeNull())
    fireEvent.click(q('.category-recognised')!)
    fireEvent.change(q('.statement-input')!, { target: { value: '多年守约。' } })
    await waitFor(() => expect(be.requests.some((r) => r.action === 'subscription.list')).toBe(true))
    fireEvent.click(q('.btn-submit-apply')!)
    await waitFor(() => expect(s.enrolments).toHaveLength(1))
    await waitFor(() => expect(s.grants).toEqual([{ template: 'enrolment-decided', answer: 'reject' }]))
  })

  it('asks nothing where there is no subscribe API (H5)', async () => {
    const be = installFakeBackend()
    const s = installResident(be)
    render(<ApplyPage />)
    await waitFor(() => expect(q('.category-behavioural')).not.toBeNull())
    fireEvent.click(q('.category-behavioural')!)
    fireEvent.change(q('.statement-input')!, { target: { value: '无违约记录。' } })
    fireEvent.click(q('.btn-submit-apply')!)
    await waitFor(() => expect(s.enrolments).toHaveLength(1))
    expect(be.requests.map((r) => r.action)).not.toContain('subscription.list')
    expect(be.requests.map((r) => r.action)).not.toContain('subscription.grant')
  })

  it('shows the server message and keeps the form when the application is refused', async () => {
    const be = installFakeBackend()
    installResident(be)
    be.failNext('enrolment.apply', 'ENROLMENT_OPEN')
    render(<ApplyPage />)
    await waitFor(() => expect(q('.category-recognised')).not.toBeNull())
    fireEvent.click(q('.category-recognised')!)
    fireEvent.change(q('.statement-input')!, { target: { value: '多年守约。' } })
    fireEvent.click(q('.btn-submit-apply')!)
    await waitFor(() => expect(q('.form-error')).not.toBeNull())
    expect(taroMock.navigations).not.toContain('back')
    expect((q('.statement-input') as HTMLTextAreaElement).value).toBe('多年守约。')
  })

  it('turns away a member who is not the head', async () => {
    installResident(installFakeBackend({ me: member }))
    render(<ApplyPage />)
    expect(await screen.findByText('需由户主本人申请')).toBeTruthy()
    expect(q('.btn-submit-apply')).toBeNull()
  })
})

function pending() {
  const at = new Date().toISOString()
  return {
    id: 'e1', householdLabel: '王大山户', groupName: '一组', requestedCategory: 'committed' as const, statement: '承诺按时参加。',
    status: 'pending' as const, category: null, reason: null, appliedAt: at, updatedAt: at,
    history: [{ status: 'pending' as const, at, byName: '王大山', byRole: 'household-head' as const, category: 'committed' as const, reason: null }],
  }
}
