// enrolment.list returns whole applications and there is no enrolment.get, so the list hands
// the tapped one to the detail page here (both pages live in this subpackage).
import type { EnrolmentView } from '@chengxin/shared/src/api'

const cache = new Map<string, EnrolmentView>()
export const rememberEnrolments = (items: EnrolmentView[]) => items.forEach((e) => cache.set(e.id, e))
export const cachedEnrolment = (id: string) => cache.get(id)
