import { createHandler } from '@chengxin/shared/src/server'

// The quarterly review (评议): rounds, conflicts, exception-based scoring, batched closing,
// results, appeals, residents' rating of the village. Actions are added as they land.
export const main = createHandler({})
