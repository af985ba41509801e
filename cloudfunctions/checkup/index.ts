import { createHandler, withTimers } from '@chengxin/shared/src/server'
import { planMine } from './src/plan-mine'
import { siteCreate, siteList, siteUpdate } from './src/sites'
import { slotOpen } from './src/slot-open'
import { slotList } from './src/slot-list'
import { slotClose } from './src/slot-close'
import { dueList } from './src/due-list'
import { dueExport } from './src/due-export'
import { savingsAssumptionsUpdate, savingsGet } from './src/savings'
import { dueNotice } from './src/due-notice'

const handle = createHandler({
  'plan.mine': planMine,
  'site.create': siteCreate,
  'site.update': siteUpdate,
  'site.list': siteList,
  'slot.open': slotOpen,
  'slot.list': slotList,
  'slot.close': slotClose,
  'due.list': dueList,
  'due.export': dueExport,
  'savings.get': savingsGet,
  'savings.assumptions.update': savingsAssumptionsUpdate,
})

/** The daily timer sends due notices; everything a client sends goes through the actions. */
export const main = withTimers({ 'due-notice': () => dueNotice() }, handle)
