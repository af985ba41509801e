import { createHandler } from '@chengxin/shared/src/server'
import { mine } from './src/mine'
import { sign } from './src/sign'
import { countersign } from './src/countersign'
import { list } from './src/list'
import { get } from './src/get'
import { templateGet } from './src/template-get'
import { templatePublish } from './src/template-publish'
import { stats } from './src/stats'

export const main = createHandler({
  'commitment.mine': mine,
  'commitment.sign': sign,
  'commitment.list': list,
  'commitment.get': get,
  'commitment.countersign': countersign,
  'commitment.template.get': templateGet,
  'commitment.template.publish': templatePublish,
  'commitment.stats': stats,
})
