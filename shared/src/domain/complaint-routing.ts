// Where a complaint goes (issue 8 item 2), pure. To the village's supervision group, minus the
// person it names and every member of that person's household; straight to the township when
// that leaves nobody, or when it names a supervision-group member or the village's cadre (as
// 纪检 rules send a complaint about a body's head to the level above).

export interface RoutingPerson {
  /** The account's id (openid): used only inside the function, never returned. */
  id: string
  householdId: string | null
}

export interface RoutingInput {
  /** The village's supervision-group members. */
  supervisors: RoutingPerson[]
  /** The village's cadres. */
  cadres: RoutingPerson[]
  /** The person named, when picked or recognised; null when none or a typed name matched nobody. */
  subject: RoutingPerson | null
  /** A named complainant (so they never handle their own complaint); null when anonymous. */
  author: RoutingPerson | null
}

export interface Route {
  level: 'village' | 'township'
  /** The supervision members who handle it at the village (empty at the township). */
  handlers: string[]
  /** Who must never see it: the subject and their household. */
  excludedIds: string[]
  excludedHouseholds: string[]
  reason: 'village' | 'conflict' | 'nobody-left'
}

export function routeComplaint({ supervisors, cadres, subject, author }: RoutingInput): Route {
  const excludedIds = subject ? [subject.id] : []
  const excludedHouseholds = subject?.householdId ? [subject.householdId] : []
  const excluded = (p: RoutingPerson) => excludedIds.includes(p.id) || (!!p.householdId && excludedHouseholds.includes(p.householdId))
  const conflict = !!subject && (cadres.some((c) => c.id === subject.id) || supervisors.some((s) => s.id === subject.id))
  const handlers = supervisors.filter((s) => !excluded(s) && s.id !== author?.id).map((s) => s.id)
  if (conflict) return { level: 'township', handlers: [], excludedIds, excludedHouseholds, reason: 'conflict' }
  if (handlers.length === 0) return { level: 'township', handlers: [], excludedIds, excludedHouseholds, reason: 'nobody-left' }
  return { level: 'village', handlers, excludedIds, excludedHouseholds, reason: 'village' }
}

/** Whether a supervision member may see a complaint at all (never the subject, nor their household). */
export function isExcluded(route: Pick<Route, 'excludedIds' | 'excludedHouseholds'>, person: RoutingPerson): boolean {
  return route.excludedIds.includes(person.id) || (!!person.householdId && route.excludedHouseholds.includes(person.householdId))
}
