import { isOwnProofPhoto, nextComplaintStatus } from '@chengxin/shared/src/domain'
import type { ComplaintRespondInput } from '@chengxin/shared/src/api'
import type { ActionContext, ComplaintDoc } from '@chengxin/shared/src/server'
import { assert, defineAction } from '@chengxin/shared/src/server'
import { photoFolderKey } from '../../proof/src/photo-folder'
import { complaintView } from './view'
import { applyChange, event, noteChange, priorAnswer, today } from './change'
import { by, handlerChange, notifyAuthor } from './handle'
import { preloadOfficers } from './desk'
import { authorsComplaint, byReceipt, preloadByLocator } from './author-access'
import { textIsSafe } from './content'

type Parsed = Extract<ComplaintRespondInput, object>

/**
 * A handler's public answer or internal note, or the complainant's added information.
 * Handlers: context, claim, update, record (4). Author by receipt: context, update, record (3).
 */
export const respond = defineAction<'complaint.respond'>()({
  anonymous: (input) => input.as === 'addition' && byReceipt(input),
  preload: (input) => (input.as === 'addition' ? preloadByLocator(input.locator) : { complaint: { from: 'complaints', match: { _id: input.complaintId } }, ...preloadOfficers }),

  async run(ctx, raw) {
    const input = raw as Parsed
    // One action, two audiences (access.ts variants): answers and notes are handlers', additions complainants'.
    const roles = ctx.caller.roles
    assert(input.as === 'addition' ? roles.includes('resident') : roles.includes('panel') || roles.includes('township'), 'FORBIDDEN_ROLE')
    if (input.as === 'answer') {
      return handlerChange(ctx, {
        event: 'answer', what: '答复',
        apply: (c, desk) => {
          const day = today()
          const first = c.firstAnswerDay ? {} : { firstAnswerDay: day, firstAnswerWithin: day <= c.answerBy }
          return { set: { status: 'answered', decidedDay: day, dueDay: null, ...first }, events: [event(ctx, 'answer', by(desk), desk.name, input.text)] }
        },
        after: (ctx, c) => notifyAuthor(ctx, c, '您的投诉有了答复', input.text),
      })
    }
    if (input.as === 'note') {
      return handlerChange(ctx, {
        event: 'note', what: '内部备注',
        apply: (_c, desk) => ({ set: {}, events: [event(ctx, 'note', by(desk), desk.name, input.text, { internal: true })] }),
      })
    }
    return addition(ctx, input)
  },
})

async function addition(ctx: ActionContext<{ complaint: ComplaintDoc[] }>, input: Extract<Parsed, { as: 'addition' }>) {
  const c = authorsComplaint(ctx, input.locator)
  const prior = priorAnswer(ctx, c)
  if (prior && prior !== 'applied') return prior
  noteChange(ctx, c, '投诉人补充情况')
  if (prior === 'applied') return { complaint: complaintView(c, { kind: 'author' }, today()) }
  assert(nextComplaintStatus(c.status, 'addition') !== null, 'COMPLAINT_STATE')
  // By receipt there may be no photos: storage records who uploaded a file.
  const folder = photoFolderKey(ctx.caller.openid)
  const photos = input.photos ?? []
  assert(photos.length === 0 || (!ctx.anonymous && photos.every((p) => isOwnProofPhoto(p, folder))), 'PHOTO_INVALID')
  assert(await textIsSafe(input.text, ctx.anonymous ? null : ctx.caller.openid), 'CONTENT_UNSAFE')
  const next = await applyChange(ctx, c, {}, [event(ctx, 'addition', 'author', null, input.text, { photos })], (n) => ({ complaint: complaintView(n, { kind: 'author' }, today()) }))
  return { complaint: complaintView(next, { kind: 'author' }, today()) }
}

