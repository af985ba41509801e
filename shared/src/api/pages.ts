// Mini-program pages that notifications open (inbox taps and WeChat subscribe messages).
// Free of zod: the client maps inbox taps with it at runtime. Ids are api/common `Id`s
// (letters, digits, `_:.-`), safe in a query as they are.
export const PAGES = {
  commitment: () => 'pages/commitment/index',
  cadreCommitment: (id: string) => `packages/cadre/pages/commitment/index?id=${id}`,
  enrolment: () => 'packages/resident/pages/enrolment/index',
  cadreEnrolment: (id: string) => `packages/cadre/pages/enrolment/index?id=${id}`,
  document: (id: string) => `packages/resident/pages/documents/index?id=${id}`,
  proofs: () => 'packages/resident/pages/proofs/index',
  bookings: () => 'packages/resident/pages/bookings/index',
  cadreSlot: (id: string) => `packages/cadre/pages/slot/index?id=${id}`,
  checkupPlan: () => 'packages/resident/pages/checkups/index',
  ledger: () => 'packages/resident/pages/ledger/index',
  financeLedger: () => 'packages/panel/pages/ledger/index',
  review: () => 'packages/resident/pages/review/index',
  panelReview: (roundId: string) => `packages/panel/pages/review/index?id=${roundId}`,
  cadreReview: (roundId: string) => `packages/cadre/pages/review/index?id=${roundId}`,
} as const
