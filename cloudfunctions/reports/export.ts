/**
 * monthly.export：站长导出本站当前月报（工作稿），中心导出已提交月报的最新快照。
 * .xlsx 放进云存储（归属导出的人），返回临时链接与文件名（不再把文件放进回包：单次调用上限 6 MB）；写审计日志。
 */
import { type MonthlyExportResult } from '../../types/api/reports'
import { notFound } from '../_lib/errors'
import { issueTempLink, storeGenerated } from '../_lib/files'
import { defineAction } from '../_lib/handler'
import { reportsContract } from '../../types/api/reports.contract'
import { assertMonthFinished, auditTargets, readReport, reportId, resolveStation, toView } from './store'
import { buildWorkbook } from './xlsx'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export const monthlyExport = defineAction(reportsContract['monthly.export'], async (ctx, input): Promise<MonthlyExportResult> => {
    const { db, caller, now, audit } = ctx
    assertMonthFinished(input.month, now)
    const station = await resolveStation(db, caller, input.stationId)
    const id = reportId(station._id, input.month)
    const center = caller.role === 'center'
    const doc = await readReport(db, id, { working: !center, snapshot: center })
    if (!doc || (center && (doc.status === 'draft' || !doc.latest))) throw notFound()
    const view = toView(station, doc, center ? 'snapshot' : 'working')
    const buf = await buildWorkbook(view)
    await audit('reports.monthly.export', auditTargets({ _id: id }, center ? doc.latest!.snapshot.cases : doc.cases))
    const suffix = view.source === 'snapshot' || view.status === 'submitted' ? `第${view.version}版` : '草稿'
    const filename = `${station.name}-${input.month}-月报动态信息-${suffix}.xlsx`
    const file = await storeGenerated(ctx, filename, buf)
    const link = await issueTempLink(ctx, file)
    return { filename, mimeType: XLSX_MIME, bytes: buf.length, url: link.url, expiresAt: link.expiresAt }
  })
