/**
 * 月报文档的读取（月报各动作与定时起草共用）：一次请求只取需要的部分，工作稿不带历史快照，中心只取最新一次提交的快照。
 */
import type { MonthlyReportDoc, MonthlyVersion } from '../../../types/models-reports'
import { COLLECTIONS } from '../collections'
import { runPipeline, unwrap } from '../dbops'
import type { Database } from '../sdk'

/** 每站每月一份：'<stationId>:<YYYY-MM>' */
export const reportId = (stationId: string, month: string): string => `${stationId}:${month}`

export interface VersionMeta {
  version: number
  submittedAt: Date
  submittedByName: string
}

/** 工作稿（不含历史快照）+ 版本清单 + 可选的最新快照 */
export type StoredReport = Omit<MonthlyReportDoc, 'versions'> & { versionList: VersionMeta[]; latest?: MonthlyVersion | null }

/** 一次请求读出月报；withSnapshot 时另带最新快照。不存在为 null */
export async function readReport(db: Database, id: string, opts: { working: boolean; snapshot: boolean }): Promise<StoredReport | null> {
  const project: Record<string, unknown> = {
    stationId: 1, month: 1, status: 1, draftedCaseKeys: 1, generatedAt: 1, generatedBy: 1, rev: 1, version: 1,
    submittedAt: 1, submittedBy: 1, returnComment: 1, returnedAt: 1, returnedBy: 1, returns: 1, createdAt: 1, updatedAt: 1,
    versionList: { $map: { input: '$versions', as: 'v', in: { version: '$$v.version', submittedAt: '$$v.submittedAt', submittedByName: '$$v.submittedByName' } } },
  }
  if (opts.working) Object.assign(project, { sections: 1, narrative: 1, cases: 1 })
  if (opts.snapshot) project.latest = { $arrayElemAt: ['$versions', -1] }
  const res = unwrap(await runPipeline(db, COLLECTIONS.monthlyReports, [{ $match: { _id: id } }, { $project: project }, { $limit: 1 }])) as { data?: StoredReport[] }
  const doc = res.data?.[0]
  if (!doc) return null
  return { ...doc, versionList: doc.versionList ?? [], returns: doc.returns ?? [], draftedCaseKeys: doc.draftedCaseKeys ?? [] }
}
