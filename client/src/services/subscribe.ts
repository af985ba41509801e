// WeChat subscribe messages (订阅消息). WeChat shows its popup only when
// requestSubscribeMessage runs straight from a tap, so the template ids are fetched ahead
// (prefetchSubscriptions when a page opens) and askSubscribe must be the first thing a tap
// handler awaits. H5 has no such API: everything here quietly does nothing there.
import Taro from '@tarojs/taro'
// Types only: templates.ts builds its names with zod, which must stay out of the bundle.
import type { NotifyTemplate, SubscriptionGrantInput } from '@chengxin/shared/src/api'
import { call, isH5 } from './cloud'

/** The reminders worth asking for at each moment someone starts something that ends later. */
export const SUBSCRIBE_MOMENTS = {
  'enrolment-apply': ['enrolment-decided'],
  'commitment-sign': ['commitment-complete'],
  // The assembly's vote on the version commented on is announced to the whole village.
  'document-comment': ['document-decided'],
  // A booking: its confirmation now and the reminder the day before the slot.
  'booking-create': ['booking-confirmed', 'booking-reminder'],
  'waitlist-join': ['waitlist-offer'],
  'proof-submit': ['proof-decided'],
  // A named complaint: every answer (an anonymous complainant is never asked).
  'complaint-file': ['complaint-answered'],
} satisfies Record<string, NotifyTemplate[]>
export type SubscribeMoment = keyof typeof SUBSCRIBE_MOMENTS

type Answer = SubscriptionGrantInput['results'][number]['answer']
const ANSWERS: readonly string[] = ['accept', 'reject', 'ban', 'filter'] satisfies Answer[]
/** WeChat takes at most three templates in one popup. */
const MAX_PER_POPUP = 3

let templateIds: Map<NotifyTemplate, string> | null = null
let inflight: Promise<void> | null = null

const hasApi = () => !isH5() && typeof (Taro as { requestSubscribeMessage?: unknown }).requestSubscribeMessage === 'function'

/** Loads WeChat's template ids once per launch, before any tap needs them. */
export function prefetchSubscriptions(): Promise<void> {
  if (!hasApi() || templateIds) return Promise.resolve()
  if (!inflight) {
    inflight = call('subscription.list', {}).then((r) => {
      if (r.ok) templateIds = new Map(r.data.items.map((i) => [i.template, i.templateId] as const))
    }).finally(() => { inflight = null })
  }
  return inflight
}

/**
 * Asks for the moment's reminders and reports the answers with subscription.grant. Never
 * fails and never blocks the action that follows: a refusal, a closed popup or a missing
 * template id only means this person gets the in-app inbox message alone.
 */
export async function askSubscribe(moment: SubscribeMoment): Promise<void> {
  const wanted: readonly NotifyTemplate[] = SUBSCRIBE_MOMENTS[moment]
  if (!hasApi() || !templateIds || wanted.length === 0) return
  const ids = templateIds
  const asked = wanted.filter((t) => ids.get(t)).slice(0, MAX_PER_POPUP)
  if (asked.length === 0) return
  let res: Record<string, unknown>
  try {
    res = (await Taro.requestSubscribeMessage({ tmplIds: asked.map((t) => ids.get(t)!) } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, unknown>
  } catch {
    return // closed, main switch off (20004), or not a tap: nothing was granted
  }
  const results = asked
    .map((template) => ({ template, answer: res[ids.get(template)!] }))
    .filter((r): r is { template: NotifyTemplate; answer: Answer } => typeof r.answer === 'string' && ANSWERS.includes(r.answer))
  if (results.length > 0) void call('subscription.grant', { results })
}

/** For tests: forget the loaded template ids. */
export function resetSubscriptions(): void {
  templateIds = null
  inflight = null
}
