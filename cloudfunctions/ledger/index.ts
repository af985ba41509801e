import { createHandler } from '@chengxin/shared/src/server'
import { record } from './src/record'
import { approve, reject } from './src/decide'
import { list } from './src/list'
import { summary } from './src/summary'
import { verify } from './src/verify'
import { ledgerExport } from './src/export'
import { publish } from './src/publish'
import { households } from './src/households'

export const main = createHandler({
  'ledger.record': record,
  'ledger.approve': approve,
  'ledger.reject': reject,
  'ledger.list': list,
  'ledger.summary': summary,
  'ledger.verify': verify,
  'ledger.export': ledgerExport,
  'ledger.publish': publish,
  'ledger.households': households,
})
