import { createHandler } from '@chengxin/shared/src/server'
import { mine } from './src/mine'
import { sign } from './src/sign'
import { countersign } from './src/countersign'
import { list } from './src/list'
import { get } from './src/get'

export const main = createHandler({
  'commitment.mine': mine,
  'commitment.sign': sign,
  'commitment.list': list,
  'commitment.get': get,
  'commitment.countersign': countersign,
})
