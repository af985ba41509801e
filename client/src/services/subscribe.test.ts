import { taroMock } from '../../test-mocks/taro'
import { installFakeBackend } from '../../test-mocks/fake-backend'
import { installResident } from '../../test-mocks/fake-resident'
import { askSubscribe, prefetchSubscriptions, resetSubscriptions } from './subscribe'

beforeEach(() => {
  taroMock.reset()
  resetSubscriptions()
})

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('subscribe messages', () => {
  it('asks for the commitment-complete reminder when signing and reports the answer', async () => {
    const s = installResident(installFakeBackend())
    const asked: string[][] = []
    taroMock.subscribe = (ids) => { asked.push(ids); return { [ids[0]]: 'accept' } }
    await prefetchSubscriptions()
    await askSubscribe('commitment-sign')
    await settle()
    expect(asked).toEqual([['tmpl-commitment-complete']])
    expect(s.grants).toEqual([{ template: 'commitment-complete', answer: 'accept' }])
  })

  it('asks nothing before the template ids are known (a tap must not wait for the network)', async () => {
    const be = installFakeBackend()
    installResident(be)
    let asked = false
    taroMock.subscribe = () => { asked = true; return {} }
    await askSubscribe('enrolment-apply')
    expect(asked).toBe(false)
  })

  it('reports nothing when the popup is closed or fails', async () => {
    const be = installFakeBackend()
    installResident(be)
    taroMock.subscribe = () => { throw new Error('requestSubscribeMessage:fail cancel') }
    await prefetchSubscriptions()
    await expect(askSubscribe('enrolment-apply')).resolves.toBeUndefined()
    await settle()
    expect(be.requests.map((r) => r.action)).not.toContain('subscription.grant')
  })

  it('asks a commenter for the vote result on the document', async () => {
    const s = installResident(installFakeBackend())
    taroMock.subscribe = (ids) => ({ [ids[0]]: 'accept' })
    await prefetchSubscriptions()
    await askSubscribe('document-comment')
    await settle()
    expect(s.grants).toEqual([{ template: 'document-decided', answer: 'accept' }])
  })

  it('skips a template the server has no WeChat id for', async () => {
    const be = installFakeBackend()
    installResident(be)
    be.handlers['subscription.list'] = () => ({ items: [] })
    taroMock.subscribe = () => { throw new Error('should not be asked') }
    await prefetchSubscriptions()
    await askSubscribe('document-comment')
    expect(be.requests.map((r) => r.action)).toEqual(['subscription.list'])
  })
})
