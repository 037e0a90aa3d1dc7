/**
 * monthly.export：站长导出本站当前月报（工作稿），中心导出已提交月报的最新快照。
 * 返回 .xlsx 的 base64 与文件名；写审计日志。
 */
import { monthlyExportInput, type MonthlyExportResult } from '../../types/api/reports'
import { notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { assertMonthFinished, auditTargets, readReport, reportId, resolveStation, toView } from './store'
import { buildWorkbook } from './xlsx'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export const monthlyExport = defineAction({
  schema: monthlyExportInput,
  access: ['head', 'center'],
  async run({ db, caller, now, audit }, input): Promise<MonthlyExportResult> {
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
    return {
      filename: `${station.name}-${input.month}-月报动态信息-${suffix}.xlsx`,
      mimeType: XLSX_MIME,
      base64: buf.toString('base64'),
      bytes: buf.length,
    }
  },
})
