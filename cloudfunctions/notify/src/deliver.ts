import type { DeliveryAttempt, DeliveryDoc, DeliveryStatus } from '@chengxin/shared/src/server'
import { listOf, sdk, updatedCount } from '@chengxin/shared/src/server'
import { afterFailure } from '@chengxin/shared/src/domain/delivery'
import { hasTemplate, miniprogramState, subscribeMessage } from './wechat-templates'
import { chunks, inParallel, leaseFrom, PARALLEL_SENDS, SENDS_PER_RUN, type Run } from './relay-run'

export interface Tally { sent: number; failed: number; retry: number; noSubscription: number; lost: number; released: number }

const subscriptionId = (d: Pick<DeliveryDoc, 'openid' | 'template'>) => `${d.openid}#${d.template}`

/**
 * Settles the deliveries this run holds. Most people hold no subscription, so those are
 * found in bulk and settled in bulk; the rest are sent one by one, at most SENDS_PER_RUN;
 * any left over are released for the next run.
 */
export async function deliver(run: Run, held: DeliveryDoc[]): Promise<Tally> {
  const { db } = run
  const _ = db.command
  const tally: Tally = { sent: 0, failed: 0, retry: 0, noSubscription: 0, lost: 0, released: 0 }

  const wanted = [...new Set(held.filter((d) => !d.consumed && hasTemplate(d.template)).map(subscriptionId))]
  const available = new Set<string>()
  for (const ids of chunks(wanted)) {
    const res = await db.collection('subscriptions').where({ _id: _.in(ids), remaining: _.gt(0) }).limit(ids.length).field({ _id: true }).get()
    listOf<{ _id: string }>(res).forEach((s) => available.add(s._id))
  }
  const hopeless = held.filter((d) => !hasTemplate(d.template) || (!d.consumed && !available.has(subscriptionId(d))))
  for (const group of chunks(hopeless)) {
    const attempt: DeliveryAttempt = { at: new Date(), result: 'no-subscription' }
    const res = await db.collection('deliveries').where({ _id: _.in(group.map((d) => d._id)), owner: run.token, status: 'claimed' })
      .update({ data: { status: 'no-subscription', owner: null, leaseUntil: null, attempts: _.push(attempt) } })
    tally.noSubscription += updatedCount(res)
  }

  const settled = new Set(hopeless)
  const rest = held.filter((d) => !settled.has(d))
  await inParallel(rest.slice(0, SENDS_PER_RUN), PARALLEL_SENDS, async (d) => {
    try {
      const status = await sendOne(run, d)
      if (status === 'no-subscription') tally.noSubscription++
      else tally[status]++
    } catch (e) {
      console.error(`[notify] delivery ${d._id}`, e) // left as it is: the sweep settles it
    }
  })
  for (const group of chunks(rest.slice(SENDS_PER_RUN))) {
    // Lease ended now: the next run's sweep takes them over at once.
    const res = await db.collection('deliveries').where({ _id: _.in(group.map((d) => d._id)), owner: run.token, status: 'claimed' })
      .update({ data: { leaseUntil: new Date() } })
    tally.released += updatedCount(res)
  }
  return tally
}

type Outcome = 'sent' | 'failed' | 'retry' | 'no-subscription' | 'lost'

async function sendOne(run: Run, d: DeliveryDoc): Promise<Outcome> {
  const { db } = run
  const _ = db.command
  const deliveries = db.collection('deliveries')
  // Marked before WeChat is called: if this run dies from here on, the delivery stays
  // `sending` and the sweep marks it `unknown` instead of sending it a second time.
  const marked = await deliveries.where({ _id: d._id, owner: run.token, status: 'claimed' }).update({ data: { status: 'sending', leaseUntil: leaseFrom(new Date()) } })
  if (!updatedCount(marked)) return 'lost'

  const finish = async (status: DeliveryStatus, attempt: DeliveryAttempt, extra: Partial<DeliveryDoc> = {}) => {
    // 'unknown' too: a run slower than its lease still records what WeChat answered.
    await deliveries.where({ _id: d._id, owner: run.token, status: _.in(['sending', 'unknown']) })
      .update({ data: { status, owner: null, leaseUntil: null, attempts: _.push(attempt), ...extra } })
  }
  if (!d.consumed) {
    const used = await db.collection('subscriptions').where({ _id: subscriptionId(d), remaining: _.gt(0) })
      .update({ data: { remaining: _.inc(-1), updatedAt: new Date() } })
    if (!updatedCount(used)) {
      await finish('no-subscription', { at: new Date(), result: 'no-subscription' })
      return 'no-subscription'
    }
  }

  const message = subscribeMessage(d.template, d)!
  let errCode: number | undefined
  let failed = false
  try {
    await sdk().openapi.subscribeMessage.send({ touser: d.openid, templateId: message.templateId, page: d.page, data: message.data, miniprogramState: miniprogramState() } as never)
  } catch (e) {
    failed = true
    errCode = typeof (e as { errCode?: unknown })?.errCode === 'number' ? (e as { errCode: number }).errCode : undefined
  }
  const at = new Date()
  if (!failed) {
    await finish('sent', { at, result: 'sent' }, { consumed: true, nextAttemptAt: null })
    return 'sent'
  }
  const next = afterFailure(d.attempts.filter((a) => a.result === 'failed').length + 1, errCode, at)
  await finish(next.status, errCode === undefined ? { at, result: 'failed' } : { at, result: 'failed', errCode }, { consumed: true, nextAttemptAt: next.nextAttemptAt })
  return next.status
}
