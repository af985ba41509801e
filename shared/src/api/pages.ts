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
  /** The complainant's complaints (named ones by id; anonymous ones are checked by receipt when the page opens). */
  complaints: (id?: string) => (id ? `packages/resident/pages/complaints/index?id=${id}` : 'packages/resident/pages/complaints/index'),
  /** A supervision-group member's workbench, on one complaint. */
  panelComplaint: (id: string) => `packages/panel/pages/complaint/index?id=${id}`,
  /** The township's workbench, on one complaint. */
  townshipComplaint: (id: string) => `packages/township/pages/complaint/index?id=${id}`,
  // Reports (issue 11), in their own subpackage `packages/report`.
  /** A village's dashboard (cadre: their own; township: villageId). */
  villageDashboard: (villageId?: string) => (villageId ? `packages/report/pages/village/index?villageId=${villageId}` : 'packages/report/pages/village/index'),
  /** The township's dashboard. */
  townshipDashboard: () => 'packages/report/pages/township/index',
  /** The six-goods assessment: a quarter's villages (township) or the village's results (cadre). */
  assessment: (quarter?: string) => (quarter ? `packages/report/pages/assessment/index?quarter=${quarter}` : 'packages/report/pages/assessment/index'),
  /** The village's public notice sheet (公开栏) of a quarter. */
  notice: (villageId: string, quarter: string) => `packages/report/pages/notice/index?villageId=${villageId}&quarter=${quarter}`,
} as const
