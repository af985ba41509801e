import type { DeliveryDoc } from '@chengxin/shared/src/server'
import { listOf, updatedCount } from '@chengxin/shared/src/server'
import { inParallel, leaseFrom, TAKEOVERS_PER_RUN, type Run } from './relay-run'

/**
 * Deliveries no live run is working on:
 * - `sending` past its lease: its run died somewhere around the call to WeChat, so nobody
 *   can know whether the message went out. It becomes `unknown` and is never sent again
 *   (at most once); the person has the inbox copy anyway.
 * - `retry` whose backoff has passed, and `claimed` past its lease (its run died before
 *   marking it `sending`, so nothing was sent): this run takes them over.
 * A takeover is a conditional update; of two runs racing for one delivery, one wins.
 */
export async function sweep(run: Run): Promise<{ unknown: number; owned: DeliveryDoc[] }> {
  const { db, now } = run
  const _ = db.command
  const deliveries = db.collection('deliveries')
  const unknown = updatedCount(await deliveries.where({ status: 'sending', leaseUntil: _.lt(now) }).update({ data: { status: 'unknown', owner: null, leaseUntil: null } }))

  const [due, abandoned] = await Promise.all([
    deliveries.where({ status: 'retry', nextAttemptAt: _.lte(now) }).orderBy('nextAttemptAt', 'asc').limit(TAKEOVERS_PER_RUN).get(),
    deliveries.where({ status: 'claimed', leaseUntil: _.lt(now) }).orderBy('leaseUntil', 'asc').limit(TAKEOVERS_PER_RUN).get(),
  ])
  const owned: DeliveryDoc[] = []
  const candidates = [...listOf<DeliveryDoc>(due), ...listOf<DeliveryDoc>(abandoned)]
  await inParallel(candidates, 10, async (d) => {
    const still = d.status === 'retry' ? { status: 'retry', nextAttemptAt: _.lte(now) } : { status: 'claimed', leaseUntil: _.lt(now) }
    const lease = leaseFrom(new Date())
    const res = await deliveries.where({ _id: d._id, ...still }).update({ data: { status: 'claimed', owner: run.token, leaseUntil: lease } })
    if (updatedCount(res)) owned.push({ ...d, status: 'claimed', owner: run.token, leaseUntil: lease })
  })
  return { unknown, owned }
}
