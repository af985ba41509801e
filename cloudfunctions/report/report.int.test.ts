import { ROUND_TRIP_BUDGET, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const CADRE = 'o-cadre-shizi'
const TOWN = 'o-township-officer'
const call = (openid: string, action: string, input: object = {}) => t.call(openid, 'report', action, input)

describe('smoke', () => {
  it('answers', async () => {
    for (const [who, action, input] of [[CADRE, 'work.today', {}], [CADRE, 'dashboard.village', {}], [TOWN, 'dashboard.township', { county: true }], [CADRE, 'dashboard.trend', {}], [TOWN, 'assessment.list', {}], [CADRE, 'notice.sheet', {}], [CADRE, 'report.export', {}], [CADRE, 'dashboard.village', { households: { filter: 'checkup-overdue' } }]] as const) {
      const res = await call(who, action, input)
      console.log(action, res.roundTrips, JSON.stringify(res).slice(0, 600))
      expect(res.ok).toBe(true)
      expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    }
  })
})
