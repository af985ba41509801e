import { createHandler, withTimers } from '@chengxin/shared/src/server'
import { open } from './src/open'
import { rubric } from './src/rubric'
import { declareConflict } from './src/declare-conflict'
import { queue } from './src/queue'
import { score } from './src/score'
import { confirmGroup } from './src/confirm-group'
import { close } from './src/close'
import { publish } from './src/publish'
import { results } from './src/results'
import { mine } from './src/mine'
import { appeal } from './src/appeal'
import { decideAppeal } from './src/decide-appeal'
import { rate } from './src/rate'
import { history } from './src/history'
import { remind } from './src/remind'

// The quarterly review (评议): rounds, conflicts, exception-based scoring, batched closing,
// results, appeals, residents' rating of the village.
const handle = createHandler({
  'review.open': open,
  'review.rubric': rubric,
  'review.declareConflict': declareConflict,
  'review.queue': queue,
  'review.score': score,
  'review.confirmGroup': confirmGroup,
  'review.close': close,
  'review.publish': publish,
  'review.results': results,
  'review.mine': mine,
  'review.appeal': appeal,
  'review.decideAppeal': decideAppeal,
  'village.rate': rate,
  'review.history': history,
})

/** The timer `remind` sends the review group a daily scoring reminder while a round is open. */
export const main = withTimers({ remind }, handle)
