import { createElement, type ReactNode } from 'react'
import { fireEvent, render, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend } from '../../../test-mocks/fake-backend'
import { installCheckup, installDevices, makeProof, NOW, TODAY } from '../../../test-mocks/fake-checkup'
import { resetSession } from '../../stores/session'
import { resetSubscriptions } from '../../services/subscribe'
import ProofsPage, { photoNote } from './pages/proofs/index'

// Taro's date Picker: an input standing in for the wheel, so a test can pick a day.
jest.mock('@tarojs/components', () => {
  const actual = jest.requireActual('../../../test-mocks/components')
  return {
    ...actual,
    Picker: (p: { value?: string; end?: string; onChange?: (e: { detail: { value: string } }) => void; children?: ReactNode }) =>
      createElement('div', { className: 'picker', 'data-end': p.end }, p.children,
        createElement('input', { className: 'picker-value', value: p.value ?? '', onChange: (e: { target: { value: string } }) => p.onChange?.({ detail: { value: e.target.value } }) })),
  }
})

beforeAll(() => jest.useFakeTimers({ now: NOW, doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask'] }))
afterAll(() => jest.useRealTimers())
beforeEach(() => {
  taroMock.reset()
  resetSession()
  resetSubscriptions()
})

const setup = () => {
  const be = installFakeBackend()
  return { be, s: installCheckup(be), devices: installDevices() }
}
const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]
const tap = (sel: string) => fireEvent.click(q(sel)!)
const type = (sel: string, value: string) => fireEvent.change(q(sel)!, { target: { value } })

async function fillForm(clinic: string, day: string) {
  tap('.btn-choose-photo')
  await waitFor(() => expect(q('.photo-preview')).not.toBeNull())
  type('.clinic-input', clinic)
  type('.picker-value', day)
}

describe('remote proofs', () => {
  it('explains what the photo is for and how long it is kept', async () => {
    setup()
    render(<ProofsPage />)
    await waitFor(() => expect(q('.photo-note')!.textContent).toContain('180 天'))
    expect(q('.photo-note')!.textContent).toBe(photoNote(180))
    expect(photoNote(180)).toContain('只用来确认这次检查确实做过')
  })

  it('submits a photo, clinic and day for the member working away, after upload and confirmation', async () => {
    const { be, s } = setup()
    taroMock.subscribe = (ids) => Object.fromEntries(ids.map((id) => [id, 'accept']))
    render(<ProofsPage />)
    await waitFor(() => expect(q('.proof-form')).not.toBeNull())
    expect(q('.member-option.selected')!.textContent).toContain('王强（杭州）')
    expect(q('.btn-submit-proof')!.className).toContain('is-disabled')
    expect(q('.picker')!.getAttribute('data-end')).toBe(TODAY) // no day after today can be picked
    await fillForm('杭州市西湖区社区卫生服务中心', '2026-11-02')
    expect(q('.form-hint')).toBeNull()
    tap('.btn-submit-proof')
    await waitFor(() => expect(q('.proof-row.proof-pending')).not.toBeNull())
    expect(taroMock.modals[0].content).toContain('提交王强在“杭州市西湖区社区卫生服务中心”2026-11-02的检查证明')
    expect(s.grants.map((g) => g.template)).toEqual(['proof-decided'])
    // The upload service compressed the photo and put it in the server-named folder.
    expect(taroMock.compressed).toEqual(['wxfile://temp/certificate.jpg'])
    const submit = be.requests.find((r) => r.action === 'proof.submit')!
    expect(submit.input).toEqual({ memberId: 'm3', clinicName: '杭州市西湖区社区卫生服务中心', checkupDay: '2026-11-02', fileId: 'cloud://env/proofs/o1/1.jpg' })
    expect(q('.proof-status')!.textContent).toBe('待审核')
    // One pending proof at a time: the form closes until the village decides.
    expect(q('.proof-form-closed')).not.toBeNull()
  })

  it('refuses a day in the future before anything is sent', async () => {
    const { be } = setup()
    render(<ProofsPage />)
    await waitFor(() => expect(q('.proof-form')).not.toBeNull())
    await fillForm('某某诊所', '2026-11-11')
    expect(q('.form-hint')!.textContent).toBe('检查日期不能晚于今天')
    tap('.btn-submit-proof')
    expect(be.requests.some((r) => r.action === 'proof.uploadPath')).toBe(false)
  })

  it('keeps the form when the resident closes the photo picker', async () => {
    const { devices } = setup()
    devices.nextPhoto = null
    render(<ProofsPage />)
    await waitFor(() => expect(q('.btn-choose-photo')).not.toBeNull())
    tap('.btn-choose-photo')
    await waitFor(() => expect(q('.form-hint')!.textContent).toBe('请拍摄或选择检查证明照片'))
    expect(q('.photo-preview')).toBeNull()
  })

  it('reuses the uploaded photo when a submit is retried after a network failure', async () => {
    const { be, s } = setup()
    render(<ProofsPage />)
    await waitFor(() => expect(q('.proof-form')).not.toBeNull())
    await fillForm('某某诊所', '2026-11-02')
    be.failNext('proof.submit', 'INTERNAL')
    tap('.btn-submit-proof')
    await waitFor(() => expect(q('.form-error')).not.toBeNull())
    tap('.btn-submit-proof')
    await waitFor(() => expect(q('.proof-row')).not.toBeNull())
    const submits = be.requests.filter((r) => r.action === 'proof.submit')
    expect(s.uploads).toHaveLength(1)
    expect(submits).toHaveLength(2)
    expect(submits[1].requestId).toBe(submits[0].requestId)
    expect(s.proofs).toHaveLength(1)
  })

  it('shows a rejected proof with its reason and resubmits it', async () => {
    const { be, s } = setup()
    s.proofs.push(makeProof({ status: 'rejected', reason: '照片看不清机构盖章', decidedAt: '2026-10-25T02:00:00.000Z', decidedByName: '李桂芳' }))
    render(<ProofsPage />)
    await waitFor(() => expect(q('.proof-row.proof-rejected')).not.toBeNull())
    expect(q('.proof-status')!.textContent).toBe('未通过')
    expect(q('.proof-reason')!.textContent).toBe('未通过原因：照片看不清机构盖章')
    tap('.btn-resubmit')
    expect(q('.resubmit-note')!.textContent).toContain('照片看不清机构盖章')
    expect((q('.clinic-input') as HTMLInputElement).value).toBe('杭州市西湖区社区卫生服务中心')
    await fillForm('杭州市西湖区社区卫生服务中心', '2026-10-20')
    tap('.btn-submit-proof')
    await waitFor(() => expect(all('.proof-row')).toHaveLength(2))
    expect(be.requests.find((r) => r.action === 'proof.submit')!.input.previousProofId).toBe('p1')
    expect(all('.proof-status').map((e) => e.textContent)).toEqual(['待审核', '未通过'])
    expect(q('.btn-resubmit')).toBeNull() // already resubmitted
  })

  it('tells a household without members working away where to go instead', async () => {
    const { s } = setup()
    s.members = s.members.map((m) => ({ ...m, away: null }))
    render(<ProofsPage />)
    await waitFor(() => expect(q('.state-empty')).not.toBeNull())
    expect(q('.state-empty')!.textContent).toContain('没有登记在外务工的成员')
  })
})
