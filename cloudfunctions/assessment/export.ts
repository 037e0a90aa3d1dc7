/**
 * binder.export：一个 .xlsx（总览 + 每项一页：考评细则、建议分与理由、证明材料清单）或一份 .docx 自评报告（由分数与理由起草）。
 * 文件放进云存储（归属导出的人），返回临时链接，与 monthly.export 相同；站长导出本站，中心只能导出已提交的手册。
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import ExcelJS from 'exceljs'
import type { BinderView } from '../../types/api/assessment'
import { assessmentContract } from '../../types/api/assessment.contract'
import type { StationDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { getById } from '../_lib/dbops'
import { notFound } from '../_lib/errors'
import { issueTempLink, storeGenerated } from '../_lib/files'
import { defineAction } from '../_lib/handler'
import { evidenceOf } from './evidence'
import { binderId, currentYear, readDoc, readView } from './store'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const fmt = (n: number | null | undefined) => (n == null ? '' : n)

export async function binderWorkbook(view: BinderView, stationName: string, withNames: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const all = wb.addWorksheet('总览')
  all.addRow([`${stationName} ${view.schoolYear} 学年考核手册`])
  all.addRow(['考评要点', '满分', '建议分', '自评分', '自评说明', '中心评分', '中心意见'])
  for (const i of view.items) all.addRow([i.name, i.max, i.suggested, fmt(i.self?.score), i.self?.comment ?? '', fmt(i.panel?.score), i.panel?.comment ?? ''])
  all.addRow(['合计', 100, view.suggestion.total, fmt(view.selfTotal), '', fmt(view.panelTotal), ''])
  all.addRow(['等级', view.gradeLabel ?? ''])
  for (const item of view.table.items) {
    const ws = wb.addWorksheet(`${item.no || '—'} ${item.name}`.slice(0, 31))
    const sug = view.suggestion.items.find((s) => s.itemId === item.id)
    ws.addRow([item.name, `满分 ${item.max}`, `建议分 ${sug?.score ?? ''}`])
    ws.addRow(['考评细则', '分值', '建议分', '理由'])
    for (const p of item.points) {
      const ps = sug?.points.find((x) => x.pointId === p.id)
      ws.addRow([`${p.mark}${p.text}`, p.max, ps?.score ?? '', (ps?.reasons ?? []).map((r) => r.text).join('\n')])
    }
    ws.addRow([])
    ws.addRow(['证明材料', '日期', '出处'])
    for (const e of evidenceOf(view, item.id, withNames)) ws.addRow([e.text, e.date, e.source])
    ws.getColumn(1).width = 60
    ws.getColumn(4).width = 60
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export async function binderReport(view: BinderView, stationName: string): Promise<Buffer> {
  const p = (text: string, opts: { bold?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text, bold: opts.bold })] })
  const children: Paragraph[] = [
    new Paragraph({ text: `${stationName}二级心理辅导站 ${view.schoolYear} 学年工作自评报告`, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    p(`自评总分：${view.selfTotal ?? view.suggestion.total} 分（建议分 ${view.suggestion.total} 分），等级：${view.gradeLabel ?? view.suggestion.gradeLabel}。`),
  ]
  for (const i of view.items) {
    const sug = view.suggestion.items.find((s) => s.itemId === i.itemId)
    children.push(new Paragraph({ text: `${i.name}（满分 ${i.max} 分，自评 ${i.self?.score ?? i.suggested} 分）`, heading: HeadingLevel.HEADING_2 }))
    if (i.self?.comment) children.push(p(i.self.comment))
    for (const r of (sug?.points ?? []).flatMap((x) => x.reasons)) children.push(p(`· ${r.text}`))
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }))
}

export const binderExport = defineAction(assessmentContract['binder.export'], async (ctx, input) => {
  const { db, caller, now, audit } = ctx
  const schoolYear = input.schoolYear ?? currentYear(now)
  const stationId = caller.role === 'center' ? input.stationId : caller.stationId
  if (!stationId) throw notFound()
  const [station, doc] = await Promise.all([getById<StationDoc>(db, COLLECTIONS.stations, stationId), readDoc(db, stationId, schoolYear)])
  if (!station || (caller.role === 'center' && (!doc || doc.version === 0))) throw notFound()
  const view = await readView(db, stationId, schoolYear, now, doc)
  const withNames = caller.role === 'head'
  const suffix = view.status === 'submitted' ? `第${view.version}版` : '工作稿'
  const [buf, filename, mimeType] = input.format === 'docx'
    ? [await binderReport(view, station.name), `${station.name}-${schoolYear}-自评报告-${suffix}.docx`, DOCX_MIME]
    : [await binderWorkbook(view, station.name, withNames), `${station.name}-${schoolYear}-考核手册-${suffix}.xlsx`, XLSX_MIME]
  await audit('assessment.binder.export', [binderId(stationId, schoolYear)])
  const file = await storeGenerated(ctx, filename, buf)
  const link = await issueTempLink(ctx, file)
  return { filename, mimeType, bytes: buf.length, url: link.url, expiresAt: link.expiresAt }
})
