import type { EnrolmentView } from '@chengxin/shared/src/api'
import type { EnrolmentDoc } from '@chengxin/shared/src/server'

const iso = (d: Date | string) => new Date(d).toISOString()

/** An application as the household or a cadre reads it: names and roles, never openids. */
export function enrolmentView(doc: EnrolmentDoc): EnrolmentView {
  return {
    id: doc._id,
    householdLabel: doc.householdLabel,
    groupName: doc.groupName,
    requestedCategory: doc.requestedCategory,
    statement: doc.statement,
    status: doc.status,
    category: doc.category,
    reason: doc.reason,
    appliedAt: iso(doc.appliedAt),
    updatedAt: iso(doc.updatedAt),
    history: doc.history.map((s) => ({
      status: s.status, at: iso(s.at), byName: s.by.name, byRole: s.by.role, category: s.category, reason: s.reason,
    })),
  }
}
