/**
 * 生成/更新草稿（定时任务与站长“重新生成”共用）。
 * _id = '<stationId>:<YYYY-MM>' 保证每站每月只有一份；已存在时以 { _id, rev, status } 为条件原地更新，
 * 因此重复触发、并发运行都不会产生第二份，也绝不会覆盖已提交的月报。
 */
import { aggregateMonth, draftMonthCases, mergeCases } from '../../../domain/monthly'
import type { MonthlyReportDoc } from '../../../types/models-reports'
import { COLLECTIONS } from '../collections'
import { insertOnce, updateWhere } from '../dbops'
import { AppError } from '../errors'
import type { Database } from '../sdk'
import { loadMonthInput } from './load'
import { readReport, reportId, type StoredReport } from './store'

export type GenerateMode = 'head' | 'job'
export type GenerateOutcome = 'created' | 'updated' | 'skipped'

export interface GenerateResult {
  outcome: GenerateOutcome
  /** 写入后的工作稿（skipped 时为读到的现状） */
  report: StoredReport | null
}

/** 该模式下允许被（重新）生成的状态：定时任务只动草稿；站长可重新生成草稿或已退回的 */
const WRITABLE: Record<GenerateMode, Array<MonthlyReportDoc['status']>> = { job: ['draft'], head: ['draft', 'returned'] }

function refuse(mode: GenerateMode, existing: StoredReport): GenerateResult {
  if (mode === 'head' && existing.status === 'submitted') throw new AppError('MONTHLY.ALREADY_SUBMITTED')
  return { outcome: 'skipped', report: existing }
}

export async function generateReport(
  db: Database,
  stationId: string,
  month: string,
  now: Date,
  generatedBy: string,
  mode: GenerateMode,
): Promise<GenerateResult> {
  const id = reportId(stationId, month)
  let existing = await readReport(db, id, { working: true, snapshot: false })
  if (existing && !WRITABLE[mode].includes(existing.status)) return refuse(mode, existing)

  const input = await loadMonthInput(db, stationId, month, now)
  const sections = aggregateMonth(input)
  const drafted = draftMonthCases(input)

  if (!existing) {
    const doc: MonthlyReportDoc = {
      _id: id, stationId, month, status: 'draft', sections, narrative: '', cases: drafted,
      draftedCaseKeys: drafted.map((c) => c.key as string), generatedAt: now, generatedBy, rev: 1,
      version: 0, versions: [], returns: [], createdAt: now, updatedAt: now,
    }
    if (await insertOnce(db, COLLECTIONS.monthlyReports, doc)) {
      const { versions: _v, ...rest } = doc
      return { outcome: 'created', report: { ...rest, versionList: [] } }
    }
    // 并发的另一次运行先建好了：按已存在处理
    existing = await readReport(db, id, { working: true, snapshot: false })
    if (!existing) throw new AppError('CONFLICT')
    if (!WRITABLE[mode].includes(existing.status)) return refuse(mode, existing)
  }

  const merged = mergeCases(existing.cases ?? [], existing.draftedCaseKeys, drafted)
  const _ = db.command
  const patch = {
    sections: _.set(sections),
    cases: _.set(merged.cases),
    draftedCaseKeys: _.set(merged.draftedCaseKeys),
    generatedAt: now,
    generatedBy,
    rev: existing.rev + 1,
    updatedAt: now,
  }
  const n = await updateWhere(db, COLLECTIONS.monthlyReports, { _id: id, rev: existing.rev, status: existing.status }, patch)
  if (n !== 1) {
    const latest = await readReport(db, id, { working: true, snapshot: false })
    if (latest && !WRITABLE[mode].includes(latest.status)) return refuse(mode, latest)
    // 同一时刻另一次生成已写入相同口径的结果
    if (mode === 'job') return { outcome: 'skipped', report: latest }
    throw new AppError('CONFLICT')
  }
  return {
    outcome: 'updated',
    report: { ...existing, sections, cases: merged.cases, draftedCaseKeys: merged.draftedCaseKeys, generatedAt: now, generatedBy, rev: existing.rev + 1, updatedAt: now },
  }
}
