import type { EnrolmentChangeOutput } from '@chengxin/shared/src/api'
import { managementAfter, nextEnrolmentState, type EnrolmentEvent } from '@chengxin/shared/src/domain'
import type { ActionContext, EnrolmentDoc, EnrolmentStepDoc, HouseholdDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, assertSameVillage, preloadOf, updatedCount } from '@chengxin/shared/src/server'
import { enrolmentView } from './view'

/** Application ids are `${householdId}:e${seq}`, so the household can be preloaded beside it. */
export function householdIdOf(enrolmentId: string): string {
  const at = enrolmentId.lastIndexOf(':')
  return at > 0 ? enrolmentId.slice(0, at) : enrolmentId
}

export const preloadApplication = (input: { enrolmentId: string }) => preloadOf({
  enrolment: { from: 'enrolments', match: { _id: input.enrolmentId } },
  household: { from: 'households', match: { _id: householdIdOf(input.enrolmentId) } },
})

export interface Loaded {
  app: EnrolmentDoc
  household: HouseholdDoc
}

export function loaded(ctx: ActionContext<{ enrolment: EnrolmentDoc[]; household: HouseholdDoc[] }>): Loaded {
  const app: EnrolmentDoc | undefined = ctx.preloaded.enrolment[0]
  const household: HouseholdDoc | undefined = ctx.preloaded.household[0]
  assert(app && household && household._id === app.householdId, 'NOT_FOUND')
  return { app, household }
}

type Step = Pick<EnrolmentStepDoc, 'by' | 'category' | 'reason'>

/**
 * The cadre deciding on an application: of the household's village, and not a member of the
 * household itself (no one decides their own application). Returns who, for the history.
 */
export function decidingCadre(ctx: ActionContext, app: EnrolmentDoc): Step['by'] {
  assertSameVillage(ctx.caller, app.villageId)
  const account = accountOf(ctx.caller)
  assert(account.householdId !== app.householdId, 'FORBIDDEN_ROLE')
  return { openid: ctx.caller.openid, name: account.name ?? '村专干', role: 'cadre' }
}

/**
 * Moves an application by `event`, then brings the household's management type in line.
 * The application is updated only from the state it was read in, so two cadres (or a cadre
 * and the household) racing cannot both win. Its history carries this requestId: a retry
 * after a lost reply skips the first write and still finishes the household's, so the two
 * documents converge however the first attempt ended.
 */
export async function transition(ctx: ActionContext, { app, household }: Loaded, event: EnrolmentEvent, step: Step): Promise<EnrolmentChangeOutput> {
  let after = app
  if (!app.history.some((h) => h.requestId === ctx.requestId)) {
    const status = nextEnrolmentState(app.status, event)
    assert(status, 'ENROLMENT_STATE')
    const at = new Date()
    const entry: EnrolmentStepDoc = { ...step, status, at, requestId: ctx.requestId }
    const fields: Partial<EnrolmentDoc> = {
      status, updatedAt: at,
      ...(event === 'approve' ? { category: step.category } : {}),
      ...(step.reason ? { reason: step.reason } : {}),
    }
    const res = await ctx.db.collection('enrolments').where({ _id: app._id, status: app.status })
      .update({ data: { ...fields, history: ctx._.push(entry) } })
    assert(updatedCount(res) === 1, 'ENROLMENT_STATE')
    after = { ...app, ...fields, history: [...app.history, entry] }
  }

  const change = managementAfter({ id: after._id, status: after.status, category: after.category }, household)
  if (change) {
    // Returning to contract is conditional on this application still being the one in force.
    const where = change.managementEnrolmentId ? { _id: household._id } : { _id: household._id, managementEnrolmentId: after._id }
    await ctx.db.collection('households').where(where).update({ data: { ...change, managementSince: after.updatedAt } })
  }
  return { enrolment: enrolmentView(after), managementType: change?.managementType ?? household.managementType }
}
