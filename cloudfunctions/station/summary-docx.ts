/** 学年工作总结导出为 .docx：中文标题，计划完成情况与全年数字各一张表。 */
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx'
import type { SummaryContent } from '../../types/models-station'
import { type DocxFile } from '../../types/api/station'
import { AppError } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { stationContract } from '../../types/api/station.contract'
import { deliverFile, DOCX_MIME } from './common'
import { visibleSummary } from './summary'

const FONT = 'SimSun'
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: border, bottom: border, left: border, right: border }
const run = (text: string, bold = false) => new TextRun({ text, font: FONT, size: 24, bold })
const para = (text: string) => (text || '（未填写）').split('\n').map((l) => new Paragraph({ children: [run(l)] }))
const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text, font: FONT, size: 28, bold: true })] })
const table = (header: string[], rows: string[][]) => new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [header, ...rows].map((r, i) => new TableRow({
    children: r.map((c) => new TableCell({ borders, children: c.split('\n').map((l) => new Paragraph({ children: [run(l, i === 0)] })) })),
  })),
})

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`)

/** 全年数字（表格行：项目 | 数据） */
export function figureRows(c: SummaryContent): string[][] {
  const f = c.figures
  return [
    ['心理周报', `${f.weeklyReports} 份，其中关注 ${f.concerns} 人次`],
    ['月报动态信息', `应报 ${f.monthly.due} 个月，已报 ${f.monthly.submitted}，按时 ${f.monthly.onTime}`],
    ['即时报告', `${f.alerts.total} 起，时限内确认 ${f.alerts.withinLimit}/${f.alerts.decided}（${pct(f.alerts.share)}），确认用时中位数 ${f.alerts.medianMinutes === null ? '—' : `${Math.round(f.alerts.medianMinutes)} 分钟`}`],
    ['谈心谈话', `${f.talks} 次`],
    ['朋辈谈心', `已确认 ${f.peerTalks.confirmed} 次，待确认 ${f.peerTalks.pending} 次`],
    ['培训', `${f.trainings} 场`],
    ['宣教活动', `${f.activities} 场`],
    ...f.screenings.map((s) => [`普测：${s.name}`, `应测 ${s.eligible} 人，已测 ${s.participated} 人，参测率 ${pct(s.rate)}${s.complete ? '，已完成' : ''}`]),
  ]
}

export async function buildSummaryDocx(c: SummaryContent, stationName: string, schoolYear: string, version: number): Promise<Buffer> {
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${stationName}心理辅导站 ${schoolYear}学年工作总结`, font: FONT, size: 32, bold: true })] }),
        ...(version > 0 ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`第${version}版`)] })] : []),
        heading('一、总体情况'), ...para(c.text.overview),
        heading('二、工作计划完成情况'),
        table(['计划事项', '月份', '负责人', '考核指标', '完成情况', '佐证材料', '说明'],
          c.planRows.map((r) => [r.what, r.month, r.who, r.assessmentItemName, r.done ? '已完成' : '未完成', r.evidence.join('\n') || '—', r.note || ''])),
        heading('三、全年工作数据'),
        table(['项目', '数据'], figureRows(c)),
        heading('四、工作成效与特色'), ...para(c.text.achievements),
        heading('五、存在的问题'), ...para(c.text.problems),
        heading('六、下学年工作思路'), ...para(c.text.nextYear),
      ],
    }],
  })
  return Packer.toBuffer(doc)
}

export const summaryExport = defineAction(stationContract['summary.export'], async (ctx, input): Promise<DocxFile> => {
    const { db, caller, audit } = ctx
    const { station, doc, source } = await visibleSummary(db, caller, input.stationId, input.schoolYear)
    const content = source === 'snapshot' ? doc?.versions[doc.versions.length - 1]?.snapshot : doc?.content
    if (!doc || !content) throw new AppError('STATE.INVALID_TRANSITION', '该学年的工作总结尚未起草')
    const version = source === 'snapshot' || doc.status === 'submitted' ? doc.version : 0
    const buf = await buildSummaryDocx(content, station.name, input.schoolYear, version)
    await audit('station.summary.export', [doc._id])
    const suffix = version > 0 ? `第${version}版` : '草稿'
    return deliverFile(ctx, `${station.name}-${input.schoolYear}学年工作总结-${suffix}.docx`, DOCX_MIME, buf)
  })
