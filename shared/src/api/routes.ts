// Which cloud function serves each action. Kept free of zod so the client can import it at
// runtime for a few bytes; a test checks it against ACTIONS.
export const ACTION_FUNCTION = {
  'account.whoami': 'account',
  'invite.redeem': 'account',
  'commitment.mine': 'commitment',
  'commitment.sign': 'commitment',
  'commitment.list': 'commitment',
  'commitment.get': 'commitment',
  'commitment.countersign': 'commitment',
} as const

export type RoutedAction = keyof typeof ACTION_FUNCTION
