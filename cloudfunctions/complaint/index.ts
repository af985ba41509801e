import { createHandler, withTimers } from '@chengxin/shared/src/server'
import { tokens } from './src/tokens'
import { file } from './src/file'
import { follow } from './src/follow'
import { mine } from './src/mine'
import { list } from './src/list'
import { get } from './src/get'
import { accept, close, escalate, extend } from './src/handle'
import { respond } from './src/respond'
import { rate, reopen } from './src/author'
import { stats } from './src/stats'
import { overdue } from './src/overdue'

export const main = withTimers({ overdue: () => overdue() }, createHandler({
  'complaint.tokens': tokens,
  'complaint.file': file,
  'complaint.follow': follow,
  'complaint.mine': mine,
  'complaint.list': list,
  'complaint.get': get,
  'complaint.accept': accept,
  'complaint.respond': respond,
  'complaint.extend': extend,
  'complaint.close': close,
  'complaint.reopen': reopen,
  'complaint.rate': rate,
  'complaint.escalate': escalate,
  'complaint.stats': stats,
}))
