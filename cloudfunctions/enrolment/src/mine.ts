import { isOpen } from '@chengxin/shared/src/domain'
import { householdOf, defineAction } from '@chengxin/shared/src/server'
import { enrolmentView } from './view'

/** The household's management type and every application it made, in the context load alone. */
export const mine = defineAction<'enrolment.mine'>()({
  preload: () => ({
    household: { from: 'households', ofCaller: { _id: 'householdId' } },
    enrolments: { from: 'enrolments', ofCaller: { householdId: 'householdId' }, sort: { seq: -1 }, limit: 50 },
  }),

  async run({ caller, preloaded }) {
    const { isHead } = householdOf(caller)
    const household = preloaded.household.at(0)
    const apps = preloaded.enrolments
    // Only the newest application can be open: a new one is refused while another is.
    const current = apps[0] && isOpen(apps[0].status) ? apps[0] : null
    return {
      managementType: household?.managementType ?? 'contract',
      managementSince: household?.managementSince ? new Date(household.managementSince).toISOString() : null,
      current: current && enrolmentView(current),
      history: apps.map(enrolmentView),
      canApply: isHead && !current,
      canWithdraw: isHead && !!current,
    }
  },
})
