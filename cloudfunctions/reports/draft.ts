/**
 * monthly.get / monthly.generate / monthly.update：站长读草稿、重新生成、编辑叙述与个别情况描述；
 * 中心读已提交（或已退回）月报的最新快照。
 */
import { applyCaseEdits } from '../../domain/monthly'
import { COLLECTIONS } from '../_lib/collections'
import { updateWhere } from '../_lib/dbops'
import { AppError, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { reportsContract } from '../../types/api/reports.contract'
import { generateReport } from '../_lib/monthly/generate'
import { assertMonthFinished, auditTargets, emptyView, loadEditableReport, readReport, reportId, resolveStation, toView } from './store'

export const monthlyGet = defineAction(reportsContract['monthly.get'], async ({ db, caller, now, audit }, input) => {
    assertMonthFinished(input.month, now)
    const station = await resolveStation(db, caller, input.stationId)
    const id = reportId(station._id, input.month)
    if (caller.role === 'center') {
      const doc = await readReport(db, id, { working: false, snapshot: true })
      // 中心只看提交过的：草稿、未生成一律不存在
      if (!doc || doc.status === 'draft' || !doc.latest) throw notFound()
      await audit('reports.monthly.get', auditTargets({ _id: id }, doc.latest.snapshot.cases))
      return toView(station, doc, 'snapshot')
    }
    const doc = await readReport(db, id, { working: true, snapshot: false })
    if (!doc) {
      // 未生成：没有可识别的对象
      await audit('reports.monthly.get', [])
      return emptyView(station, input.month)
    }
    await audit('reports.monthly.get', auditTargets(doc))
    return toView(station, doc, 'working')
  })

export const monthlyGenerate = defineAction(reportsContract['monthly.generate'], async ({ db, caller, now, audit }, input) => {
    assertMonthFinished(input.month, now)
    const station = await resolveStation(db, caller, undefined)
    const { report } = await generateReport(db, station._id, input.month, now, caller.person._id, 'head')
    if (!report) throw new AppError('CONFLICT')
    await audit('reports.monthly.generate', auditTargets(report))
    return toView(station, report, 'working')
  })

export const monthlyUpdate = defineAction(reportsContract['monthly.update'], async ({ db, caller, now, audit }, input) => {
    const { station, id, doc } = await loadEditableReport(db, caller, input.month, now)
    if (input.rev !== undefined && input.rev !== doc.rev) throw new AppError('CONFLICT', '月报已在别处更新，请刷新后再改', { details: { rev: doc.rev } })
    const _ = db.command
    const next = { ...doc, rev: doc.rev + 1, updatedAt: now }
    const patch: Record<string, unknown> = { rev: next.rev, updatedAt: now }
    if (input.narrative !== undefined) {
      next.narrative = input.narrative
      patch.narrative = input.narrative
    }
    if (input.cases !== undefined) {
      next.cases = applyCaseEdits(doc.cases ?? [], doc.draftedCaseKeys, input.cases)
      patch.cases = _.set(next.cases)
    }
    const n = await updateWhere(db, COLLECTIONS.monthlyReports, { _id: id, rev: doc.rev, status: doc.status }, patch)
    if (n !== 1) {
      const latest = await readReport(db, id, { working: false, snapshot: false })
      if (latest?.status === 'submitted') throw new AppError('MONTHLY.ALREADY_SUBMITTED')
      throw new AppError('CONFLICT')
    }
    await audit('reports.monthly.update', auditTargets(next))
    return toView(station, next, 'working')
  })
