import { PAGES } from '@chengxin/shared/src/api/pages'
import type { DocumentSummary } from '@chengxin/shared/src/api'
import type { VillageDocumentDoc } from '@chengxin/shared/src/server'

const iso = (d: Date | string) => new Date(d).toISOString()
const isoOrNull = (d: Date | string | null | undefined) => (d ? iso(d) : null)

/** Fields of a version a list needs: everything but the text. */
export const SUMMARY_FIELDS = {
  villageId: true, kind: true, version: true, title: true, status: true,
  notice: true, vote: true, adoptedAt: true, supersededAt: true, updatedAt: true,
}

export function summaryOf(doc: VillageDocumentDoc): DocumentSummary {
  return {
    id: doc._id,
    villageId: doc.villageId,
    kind: doc.kind,
    version: doc.version,
    title: doc.title,
    status: doc.status,
    notice: doc.notice && { days: doc.notice.days, startsAt: iso(doc.notice.startsAt), endsAt: iso(doc.notice.endsAt) },
    vote: doc.vote && {
      meetingDate: doc.vote.meetingDate, for: doc.vote.for, against: doc.vote.against,
      abstain: doc.vote.abstain, outcome: doc.vote.outcome,
    },
    adoptedAt: isoOrNull(doc.adoptedAt),
    supersededAt: isoOrNull(doc.supersededAt),
    updatedAt: iso(doc.updatedAt),
  }
}

export const documentPage = (id: string) => PAGES.document(id)
