import type { Role } from '@chengxin/shared/src/api'
import type { ActionDef, AuditDoc } from '@chengxin/shared/src/server'
import { householdOf, listOf } from '@chengxin/shared/src/server'

// The role someone looked in: the office they hold, not their being a villager too.
const SHOWN_ROLE: Role[] = ['cadre', 'township', 'panel', 'resident']

/** Who looked at the caller's household's records, newest first (names and roles, never openids). */
export const views: ActionDef<'household.views'> = {
  async run({ db, caller }, input) {
    const { householdId } = householdOf(caller)
    const query = db.collection('audit').where({ 'target.householdId': householdId, kind: 'read' })
    const [page, count] = await Promise.all([
      query.orderBy('at', 'desc').skip(input.offset).limit(input.limit).field({ actor: true, summary: true, at: true }).get(),
      query.count(),
    ])
    const items = listOf<AuditDoc>(page).map((a) => ({
      at: new Date(a.at).toISOString(),
      viewerName: a.actor.name ?? '工作人员',
      viewerRole: SHOWN_ROLE.find((r) => a.actor.roles.includes(r)) ?? 'resident',
      what: a.summary,
    }))
    return { items, total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
}
