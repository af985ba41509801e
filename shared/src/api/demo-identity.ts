/**
 * One entry of the emulator's demo sign-in list (`GET /_emulator/identities`): written by
 * emulator-app/identities.ts, read by the H5 sign-in page. Only the local emulator has it.
 */
export interface DemoIdentity {
  openid: string
  name: string
  roles: string[]
  villageName: string | null
  householdLabel: string | null
  note: string
}
