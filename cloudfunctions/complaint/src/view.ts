import type { ComplaintEvent, ComplaintView } from '@chengxin/shared/src/api'
import { isOverdue, mayReopen, nextComplaintStatus } from '@chengxin/shared/src/domain'
import type { ComplaintDoc, ComplaintEventDoc } from '@chengxin/shared/src/server'
import type { Reader } from './desk'

const BY: Record<ComplaintEventDoc['by'], string> = { author: '投诉人', supervision: '监督小组', township: '镇里', system: '系统' }

const photosOf = (ids: string[], urls: Record<string, string>) => ids.map((fileId) => ({ fileId, url: urls[fileId] ?? '' }))

/** A complaint as `reader` may see it: notes and handlers' names for handlers only; the author's name to the handlers it was routed to. */
export function complaintView(c: ComplaintDoc, reader: Reader, today: string, urls: Record<string, string> = {}): ComplaintView {
  const handler = reader.kind === 'handler' ? reader : null
  const acts = !!handler?.acts
  const author = reader.kind === 'author'
  const events: ComplaintEvent[] = c.events
    .filter((e) => handler || !e.internal)
    .map((e) => ({ kind: e.kind, day: e.day, by: handler && e.byName ? `${BY[e.by]}·${e.byName}` : BY[e.by], text: e.text, photos: photosOf(e.photos, urls) }))
  const may = (event: Parameters<typeof nextComplaintStatus>[1]) => nextComplaintStatus(c.status, event) !== null
  return {
    id: c._id,
    villageId: c.villageId,
    villageName: c.villageName,
    category: c.category,
    status: c.status,
    level: c.level,
    escalation: c.escalation,
    anonymous: c.anonymous,
    author: c.author && (author || handler?.seesAuthor) ? { name: c.author.name, householdLabel: c.author.householdLabel } : null,
    about: c.about ? { name: c.about.name, roleLabel: c.about.roleLabel } : null,
    text: c.text,
    photos: photosOf(c.photos, urls),
    filedDay: c.filedDay,
    acceptBy: c.acceptBy,
    answerBy: c.answerBy,
    overdue: isOverdue(c, today),
    extension: c.extension,
    reopenCount: c.reopenCount,
    reopenUntil: c.decidedDay && may('reopen') ? addDaysText(c.decidedDay, 7) : null,
    rating: c.rating,
    closeReason: c.closeReason,
    events,
    can: {
      accept: acts && may('accept'),
      answer: acts && may('answer'),
      note: acts,
      extend: acts && may('extend'),
      close: acts && may('close'),
      escalate: acts && handler?.desk === 'supervision' && c.level === 'village' && may('escalate'),
      add: author && may('addition'),
      rate: author && may('rate'),
      reopen: author && mayReopen(c, today) === 'ok',
    },
  }
}

function addDaysText(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}
