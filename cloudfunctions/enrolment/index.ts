import { createHandler } from '@chengxin/shared/src/server'
import { mine } from './src/mine'
import { apply } from './src/apply'
import { withdraw } from './src/withdraw'
import { list } from './src/list'
import { decide } from './src/decide'
import { revoke } from './src/revoke'

export const main = createHandler({
  'enrolment.mine': mine,
  'enrolment.apply': apply,
  'enrolment.withdraw': withdraw,
  'enrolment.list': list,
  'enrolment.decide': decide,
  'enrolment.revoke': revoke,
})
