import { createHash } from 'node:crypto'
import { canonicalText, type CommitmentContent } from '@chengxin/shared/src/domain/commitment-content'
import type { AccountDoc, CommitmentDoc, HouseholdDoc, InviteDoc, MemberDoc, SignatureDoc, VillageDoc } from '@chengxin/shared/src/server/documents'
import { CITIES, personName, pick, prng, surname } from './names'
import { HOUSEHOLD_ITEMS, TEMPLATE_TITLE, VILLAGE_ITEMS } from './template'
import { townships, villages as makeVillages } from './villages'
import { demoAccounts, demoInvites } from './people'
import { demoEnrolments } from './enrolments'
import { demoDocuments } from './documents'
import { demoCheckups } from './checkups'
import { demoProofs, type SeedStorage } from './proofs'
import { demoLedger } from './ledger'
import { demoReview, reviewAccounts } from './review'
import { demoComplaints } from './complaints'
import { demoReport } from './report'

export interface SeedOptions {
  /** About 200 for the demo; 17,090 for a full township. */
  households?: number
  villages?: number
  now?: Date
  /** Where demo photos go (the emulator's storage); without it demo proofs have none. */
  storage?: SeedStorage
}

export type SeedData = Record<string, Array<Record<string, unknown> & { _id: string }>>

/**
 * The domain's contentHash (SHA-256 of the canonical text, hex), with node's own SHA-256: the
 * domain's portable one costs a third of the seed's time at county scale (340,000 commitments).
 */
const contentHash = (c: CommitmentContent) => createHash('sha256').update(canonicalText(c), 'utf8').digest('hex')

function membersOf(rand: () => number, hhId: string): MemberDoc[] {
  const family = surname(rand)
  const member = (i: number, name: string, relation: string, away = false): MemberDoc => ({
    id: `${hhId}-m${i}`, name, relation, isHead: i === 1,
    workingAway: away ? { city: pick(rand, CITIES) } : null, idMasked: null, idHash: null,
  })
  const list = [member(1, personName(rand, family, 'male'), '户主'), member(2, personName(rand, surname(rand), 'female'), '配偶')]
  const children = Math.floor(rand() * 3)
  for (let c = 0; c < children; c++) {
    const son = rand() < 0.5
    list.push(member(3 + c, personName(rand, family, son ? 'male' : 'female'), son ? '子' : '女', rand() < 0.35))
  }
  return list
}

function signature(name: string, role: SignatureDoc['role'], at: Date, doc: CommitmentDoc, openid: string): SignatureDoc {
  return { name, openid, memberId: null, role, at, templateVersion: doc.templateVersion, contentHash: doc.contentHash, requestId: `seed-${doc._id}-${role}` }
}

/** A demo township: villages, households with members, commitments, accounts and invites. */
export function demoSeed(options: SeedOptions = {}): SeedData {
  const now = options.now ?? new Date()
  const rand = prng(20261124)
  const villages = makeVillages(options.villages ?? 7)
  const total = options.households ?? 200
  const households: HouseholdDoc[] = []
  const commitments: CommitmentDoc[] = []

  villages.forEach((v: VillageDoc, vi) => {
    const count = Math.floor(total / villages.length) + (vi < total % villages.length ? 1 : 0)
    for (let n = 1; n <= count; n++) {
      const group = v.groups[(n - 1) % v.groups.length]
      const _id = `h-${v._id.slice(2)}-${String(n).padStart(3, '0')}`
      const members = membersOf(rand, _id)
      const label = `${members[0].name}户`
      households.push({ _id, villageId: v._id, groupId: group.id, label, members, managementType: 'contract', archived: false, createdAt: now })
      const doc: CommitmentDoc = {
        _id: `${_id}:v1`, householdId: _id, villageId: v._id, groupId: group.id, villageName: v.name,
        householdLabel: label, groupName: group.name, templateId: `${v._id}:v1`, templateVersion: 1,
        title: TEMPLATE_TITLE, villageItems: VILLAGE_ITEMS, householdItems: HOUSEHOLD_ITEMS, contentHash: '',
        status: 'awaiting-household', householdSignature: null, villageSignature: null, createdAt: now, updatedAt: now,
      }
      doc.contentHash = contentHash(doc)
      // Households 1–3 of every village stay unsigned for the demo journeys; others vary.
      const roll = n <= 3 ? 1 : rand()
      if (roll < 0.55) {
        const signedAt = new Date(now.getTime() - Math.floor(rand() * 30 + 1) * 86400000)
        doc.householdSignature = signature(members[0].name, 'household-head', signedAt, doc, `seed-${_id}`)
        doc.status = 'awaiting-village'
        doc.updatedAt = signedAt
        if (roll < 0.4) {
          doc.villageSignature = signature('村专干', 'cadre', new Date(signedAt.getTime() + 86400000), doc, `seed-cadre-${v._id}`)
          doc.status = 'complete'
        }
      }
      commitments.push(doc)
    }
  })

  const templates = villages.map((v) => ({
    _id: `${v._id}:v1`, villageId: v._id, version: 1, title: TEMPLATE_TITLE,
    villageItems: VILLAGE_ITEMS, householdItems: HOUSEHOLD_ITEMS, publishedAt: now, publishedBy: 'seed', requestId: `seed-${v._id}-v1`,
  }))
  const accounts: AccountDoc[] = demoAccounts(villages, households, now)
  accounts.push(...reviewAccounts(villages, households, accounts, now))
  const invites: InviteDoc[] = demoInvites(villages, households, now)
  const data: SeedData = {
    townships: townships(villages.length).map((t) => ({ _id: t._id, name: t.name, office: t.office })),
    villages: villages as unknown as SeedData[string],
    households: households as unknown as SeedData[string],
    commitment_templates: templates,
    commitments: commitments as unknown as SeedData[string],
    accounts: accounts as unknown as SeedData[string],
    invites: invites as unknown as SeedData[string],
    ...demoDocuments(villages, accounts, now),
    enrolments: demoEnrolments(villages, households, now) as unknown as SeedData[string],
    ...demoCheckups(villages, households, now),
    proofs: demoProofs(villages, households, now, options.storage) as unknown as SeedData[string],
    ...(demoLedger(villages, households, accounts, now) as unknown as SeedData),
    ...(demoReview(villages, households, accounts, now) as unknown as SeedData),
    complaints: demoComplaints(villages, households, accounts, now) as unknown as SeedData[string],
  }
  return { ...data, ...demoReport(data, now) }
}
