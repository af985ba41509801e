import { isExcluded, routeComplaint } from './complaint-routing'

const sup = (id: string, householdId: string) => ({ id, householdId })
const supervisors = [sup('s1', 'h1'), sup('s2', 'h2'), sup('s3', 'h3')]
const cadres = [{ id: 'cadre', householdId: null }]

describe('complaint routing', () => {
  it('sends a complaint naming nobody to the whole supervision group', () => {
    expect(routeComplaint({ supervisors, cadres, subject: null, author: null })).toMatchObject({ level: 'village', handlers: ['s1', 's2', 's3'], reason: 'village' })
  })

  it('keeps it from the person named and every member of their household', () => {
    const route = routeComplaint({ supervisors: [...supervisors, sup('s4', 'h9')], cadres, subject: { id: 'p9', householdId: 'h9' }, author: null })
    expect(route.handlers).toEqual(['s1', 's2', 's3'])
    expect(isExcluded(route, sup('s4', 'h9'))).toBe(true)
    expect(isExcluded(route, { id: 'p9', householdId: null })).toBe(true)
    expect(isExcluded(route, sup('s1', 'h1'))).toBe(false)
  })

  it('sends one naming the village cadre or a supervision member straight to the township', () => {
    expect(routeComplaint({ supervisors, cadres, subject: { id: 'cadre', householdId: null }, author: null })).toMatchObject({ level: 'township', handlers: [], reason: 'conflict' })
    expect(routeComplaint({ supervisors, cadres, subject: sup('s2', 'h2'), author: null })).toMatchObject({ level: 'township', reason: 'conflict' })
  })

  it('sends it to the township when nobody is left to handle it', () => {
    const route = routeComplaint({ supervisors: [sup('s1', 'h1'), sup('s2', 'h1')], cadres, subject: { id: 'x', householdId: 'h1' }, author: null })
    expect(route).toMatchObject({ level: 'township', reason: 'nobody-left', excludedHouseholds: ['h1'] })
    expect(routeComplaint({ supervisors: [], cadres, subject: null, author: null }).level).toBe('township')
  })

  it('never lets a named complainant handle their own complaint', () => {
    expect(routeComplaint({ supervisors, cadres, subject: null, author: sup('s1', 'h1') }).handlers).toEqual(['s2', 's3'])
  })
})
