import { z } from 'zod'

/** A person can hold several roles; scope (village, household) lives on the account. */
export const Role = z.enum(['resident', 'cadre', 'panel', 'township'])
export type Role = z.infer<typeof Role>

export const ROLE_LABELS: Record<Role, string> = {
  resident: '村民',
  cadre: '村专干',
  panel: '评议小组成员',
  township: '镇工作人员',
}

/** Who may call an action: roles, or 'anyone' signed in with WeChat (even before binding). */
export type Audience = Role[] | 'anyone'
