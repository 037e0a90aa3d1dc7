/**
 * 月报导出为 .xlsx：每节一张工作表，中文表头；比率按百分比格式；时间一律为北京时间 'YYYY-MM-DD HH:mm' 文本。
 */
import type ExcelJS from 'exceljs'
import { formatShanghaiDateTime } from '../../domain/calendar'
import {
  ABSENCE_REASON_LABELS, CONCERN_CATEGORIES, LEVEL_LABELS, MONTHLY_STATUS_LABELS, REPORT_KIND_LABELS, TALK_TYPE_LABELS,
  type AbsenceReason, type TalkType,
} from '../../types/domain'
import type { MonthlyReportView } from '../../types/api/reports'
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES, CASE_DECISION_LABELS, CASE_DECISIONS } from '../../types/models-ledger'
import type { LedgerMonthSection, Ratio, SubmissionTotals, TrendRow } from '../../types/models-reports'

type Cell = string | number | null
const PCT = '0.0%'

/** 写一个小标题 + 表头 + 数据行；ratioCols 为按百分比显示的列下标 */
function table(ws: ExcelJS.Worksheet, title: string | null, header: string[], rows: Cell[][], ratioCols: number[] = []): void {
  if (title) {
    if (ws.rowCount > 0) ws.addRow([])
    ws.addRow([title]).font = { bold: true, size: 12 }
  }
  const h = ws.addRow(header)
  h.font = { bold: true }
  h.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF4FA' } }
    c.border = { bottom: { style: 'thin', color: { argb: 'FF9AA5B1' } } }
  })
  for (const r of rows) {
    const row = ws.addRow(r)
    for (const i of ratioCols) if (typeof r[i] === 'number') row.getCell(i + 1).numFmt = PCT
  }
}

function widths(ws: ExcelJS.Worksheet, w: number[]): void {
  w.forEach((n, i) => (ws.getColumn(i + 1).width = n))
}

const totalsRow = (label: string, t: SubmissionTotals): Cell[] =>
  [label, t.units, t.expected, t.submitted, t.onTime, t.late, t.missing, t.zero, t.submissionRate, t.onTimeRate, t.zeroRate]

const trendCell = (unit: TrendRow['unit'], v: number | Ratio): Cell => (v === null ? '—' : v)

/** 工作台账：培训与到场、活动按类型、深入宿舍覆盖、研判会 */
function ledgerSheet(ws: ExcelJS.Worksheet, l: LedgerMonthSection): void {
  widths(ws, [24, 30, 10, 10, 10, 10])
  const t = l.trainings
  table(ws, '培训', ['项目', '数值'], [['已开展培训', t.held], ['应到人次', t.expected], ['到场人次', t.present], ['缺席人次', t.absent], ['到场率', t.attendanceRate]])
  ws.getCell(`B${ws.rowCount}`).numFmt = PCT
  table(ws, null, ['日期', '培训', '学时', '应到', '到场', '缺席'], t.rows.map((r) => [r.date, r.title, r.hours, r.expected, r.present, r.absent]))
  table(ws, '宣教活动（已开展）', ['类型', '次数'], ACTIVITY_TYPES.map((x) => [ACTIVITY_TYPE_LABELS[x], l.activities.byType[x]]))
  table(ws, '深入宿舍', ['辅导员', '未走访的宿舍', '负责宿舍', '已走访'], [
    ['合计', '', l.visits.assigned, l.visits.covered],
    ...l.visits.rows.map((r): Cell[] => [r.name, r.notVisited.join('、'), r.assigned, r.visited]),
  ])
  table(ws, '研判会', ['项目', '数值'], [
    ['召开次数', l.caseReviews.held], ['研判学生（人次）', l.caseReviews.students],
    ...CASE_DECISIONS.map((d): Cell[] => [CASE_DECISION_LABELS[d], l.caseReviews.byDecision[d]]),
  ])
}

export async function buildWorkbook(view: MonthlyReportView): Promise<Buffer> {
  const s = view.sections
  if (!s) throw new Error('report has no sections')
  // 按需加载：exceljs 体积大，只有导出时才载入（不拖慢其他动作的冷启动）
  const { default: Excel } = await import('exceljs')
  const wb = new Excel.Workbook()
  wb.creator = '心桥'
  wb.created = new Date(view.generatedAt ?? Date.now())

  const info = wb.addWorksheet('学院整体情况及重大事件')
  widths(info, [18, 90])
  table(info, `${view.stationName} ${view.month} 月报动态信息`, ['项目', '内容'], [
    ['学院', view.stationName],
    ['月份', view.month],
    ['状态', MONTHLY_STATUS_LABELS[view.status]],
    ['版本', view.version],
    ['生成时间', formatShanghaiDateTime(view.generatedAt)],
    ['提交时间', formatShanghaiDateTime(view.submittedAt)],
    ['学院整体情况及重大事件', view.narrative],
  ])
  info.getCell(`B${info.rowCount}`).alignment = { wrapText: true, vertical: 'top' }

  const sub = wb.addWorksheet('报送情况')
  widths(sub, [14, 16, 8, 8, 8, 8, 8, 8, 10, 10, 10])
  table(sub, `应报周：${s.submission.weeks.map((w) => `第${w.week}周`).join('、') || '无'}`,
    ['范围', '单位数', '应报', '已报', '按时', '迟报', '未报', '零报告', '报送率', '按时率', '零报告率'],
    [totalsRow('班级', s.submission.class), totalsRow('宿舍', s.submission.dorm), totalsRow('合计', s.submission.total)], [8, 9, 10])
  table(sub, '各班级、宿舍', ['类型', '名称', '应报', '已报', '按时', '迟报', '未报', '零报告'],
    s.submission.units.map((u) => [u.kind === 'class' ? '班级' : '宿舍', u.name, u.expected, u.submitted, u.onTime, u.late, u.missing, u.zero]))

  const con = wb.addWorksheet('关注情况')
  widths(con, [22, 12, 12, 12])
  const c = s.concerns
  table(con, '关注条目', ['项目', '数量'], [
    ['关注条目', c.entries], [REPORT_KIND_LABELS.class, c.byKind.class], [REPORT_KIND_LABELS.dorm, c.byKind.dorm],
    ['被关注学生（去重）', c.students.distinct], ['其中本月新增', c.students.new], ['其中上月持续', c.students.continuing],
  ])
  table(con, '按等级', ['等级', '条目', '学生（按最高等级）'],
    (['general', 'key', 'crisis'] as const).map((l) => [LEVEL_LABELS[l], c.byLevel[l], c.students.byHighestLevel[l]]))
  table(con, '按类别', ['类别', '条目'], CONCERN_CATEGORIES.map((k) => [k, c.byCategory[k]]))
  const a = c.alerts
  table(con, '即时报告', ['项目', '数值'], [
    ['即时报告', a.total], ['来自周报危机条目', a.bySource.concern], ['来自即时报告按钮', a.bySource.button],
    ['已确认', a.acked], ['时限内确认', a.ackedInTime], ['未确认', a.unacked], ['超时升级', a.escalated],
    ['确认用时中位数（分钟）', a.ackMinutesMedian], ['确认用时最长（分钟）', a.ackMinutesMax],
  ])

  const kc = wb.addWorksheet('重点关注库')
  widths(kc, [22, 12])
  const k = s.keyCare
  table(kc, null, ['项目', '数量'], [
    ['月初在库', k.start], ['月末在库', k.end], ['本月新增', k.added], ['等级变更', k.levelChanges], ['解除关注', k.closed],
    ['转介', k.referred], ['转介校心理中心', k.referredTo.center], ['转介医院', k.referredTo.hospital], ['跟进逾期', k.overdue],
    ['月末关注中', k.endByStatus.active], ['月末已转介', k.endByStatus.referred],
    ...(['general', 'key', 'crisis'] as const).map((l): Cell[] => [`月末${LEVEL_LABELS[l]}`, k.endByLevel[l]]),
  ])

  const rc = wb.addWorksheet('晚点名')
  widths(rc, [18, 10, 10, 10, 10, 10])
  const r = s.rollCalls
  table(rc, null, ['项目', '数值'], [
    ['应点名班次', r.classWeeks], ['已记录', r.recorded], ['已确认', r.confirmed], ['待确认', r.pending], ['已退回', r.returned],
    ['应到人次', r.expected], ['实到人次', r.present], ['出勤率', r.attendanceRate],
  ], [])
  rc.getCell(`B${rc.rowCount}`).numFmt = PCT
  table(rc, '缺勤原因', ['原因', '人次'], (Object.keys(r.absences) as AbsenceReason[]).map((x) => [ABSENCE_REASON_LABELS[x], r.absences[x]]))
  table(rc, '各班级', ['班级', '应点名周数', '已记录', '已确认', '应到', '实到'],
    r.classes.map((x) => [x.name, x.weeks, x.recorded, x.confirmed, x.expected, x.present]))

  const tk = wb.addWorksheet('谈心谈话')
  widths(tk, [22, 12, 12, 12])
  const t = s.talks
  table(tk, null, ['项目', '数值'], [
    ['谈心谈话', t.total], ['涉及学生', t.students], ['转介', t.referred], ['被关注学生', t.followUp7d.flagged],
    ['7日内已谈话', t.followUp7d.talked], ['7日窗口未结束', t.followUp7d.pending], ['7日内谈话覆盖率', t.followUp7d.share],
  ])
  tk.getCell(`B${tk.rowCount}`).numFmt = PCT
  table(tk, '按类型', ['类型', '次数'], (Object.keys(t.byType) as TalkType[]).map((x) => [TALK_TYPE_LABELS[x], t.byType[x]]))
  table(tk, '按辅导员', ['辅导员', '谈话次数', '学生数'], t.byCounselor.map((x) => [x.name, x.talks, x.students]))
  table(tk, '朋辈谈心', ['类型', '名称', '记录', '已确认'], [
    ['合计', '', t.peer.logged, t.peer.confirmed],
    ...t.peer.units.map((u): Cell[] => [u.kind === 'class' ? '班级' : '宿舍', u.name, u.logged, u.confirmed]),
  ])

  if (s.ledger) ledgerSheet(wb.addWorksheet('工作台账'), s.ledger)

  const cs = wb.addWorksheet('个别情况描述')
  widths(cs, [14, 10, 14, 40, 30, 24, 10, 24])
  table(cs, null, ['学号', '姓名', '班级', '情况说明', '干预措施', '干预后效果', '危机程度', '情况进程'],
    view.cases.map((x) => [x.studentNo, x.studentName, x.className, x.situation, x.measures, x.effect, LEVEL_LABELS[x.level], x.progress]))
  cs.eachRow((row, i) => {
    if (i > 1) row.alignment = { wrapText: true, vertical: 'top' }
  })

  const tr = wb.addWorksheet('趋势')
  widths(tr, [22, 12, 12])
  table(tr, `${s.month} 与 ${s.previousMonth} 对比`, ['指标', '本月', '上月'], s.trend.map((x) => [x.label, trendCell(x.unit, x.current), trendCell(x.unit, x.previous)]))
  tr.eachRow((row, i) => {
    const def = s.trend[i - 3]
    if (def?.unit === 'ratio') [2, 3].forEach((col) => (row.getCell(col).numFmt = PCT))
  })

  return Buffer.from(await wb.xlsx.writeBuffer())
}
