/**
 * 每个考评要点的证明材料清单（导出的每项一页，页面的“依据”列表）：日期、内容、出处（文件或心桥中的记录页）。
 * 只用手册的指标与材料栏；学生姓名只在站长自己的导出中出现（withNames）。
 */
import { allSlots } from '../../domain/assessment/table'
import type { AssessmentItemId } from '../../types/assessment'
import type { BinderView } from '../../types/api/assessment'

export interface EvidenceRow {
  date: string
  text: string
  /** 文件名或记录所在页面 */
  source: string
}

const pct = (s: number | null) => (s == null ? '—' : `${Math.floor(s * 1000) / 10}%`)
const STATUS = { on_time: '按时', late: '迟报', missing: '未报', open: '未到截止' } as const
const ROLE = { head: '站长', counselor: '辅导员', consultant: '兼职心理咨询师' } as const

function documentRows(view: BinderView, itemId: AssessmentItemId): EvidenceRow[] {
  return allSlots(view.table).filter((s) => s.itemId === itemId).flatMap((s) => {
    const d = view.documents[s.key]
    const rows: EvidenceRow[] = (d?.files ?? []).map((f) => ({ date: '', text: s.label, source: f.filename }))
    if (d?.note) rows.push({ date: '', text: `${s.label}：${d.note}`, source: '说明' })
    return rows.length ? rows : [{ date: '', text: `${s.label}：尚无材料`, source: '' }]
  })
}

export function evidenceOf(view: BinderView, itemId: AssessmentItemId, withNames: boolean): EvidenceRow[] {
  const ind = view.indicators
  const termName = (id: string) => ind.terms.find((t) => t.id === id)?.name ?? id
  switch (itemId) {
    case 'team':
      return [
        ...ind.staff.map((s) => ({ date: '', text: `${s.name}（${ROLE[s.role]}）资质：${s.qualification ?? '无'}，本学年培训 ${s.hours} 学时`, source: '人员登记' })),
        ...documentRows(view, itemId),
      ]
    case 'routine':
      return [
        ...ind.monthly.months.map((m) => ({ date: m.submittedOn ?? '', text: `${m.month} 月报：${STATUS[m.status]}（截止 ${m.deadline}）`, source: '月报' })),
        { date: ind.plan.submittedOn ?? '', text: `工作计划：${STATUS[ind.plan.status]}（截止 ${ind.plan.dueDate}）`, source: '工作计划' },
        { date: ind.summary.submittedOn ?? '', text: `工作总结：${STATUS[ind.summary.status]}（截止 ${ind.summary.dueDate}）`, source: '工作总结' },
        ...documentRows(view, itemId),
      ]
    case 'education':
      return ind.perTerm.flatMap((t) => [
        { date: '', text: `${termName(t.termId)}：主题宣教活动 ${t.theme.held} 次（有规划与总结 ${t.theme.complete} 次），专项教育 ${t.special} 次`, source: '宣教活动' },
      ]).concat(documentRows(view, itemId))
    case 'counseling':
      return ind.perTerm.map((t) => ({ date: '', text: `${termName(t.termId)}：个体谈心谈话 ${t.talks} 次，团体心理辅导 ${t.groupSessions} 次`, source: '谈心谈话、宣教活动' }))
        .concat(documentRows(view, itemId))
    case 'crisis':
      return [
        ...ind.screening.map((r) => ({ date: r.date, text: `${r.name}：应测 ${r.eligible}，参测 ${r.participated}（${pct(r.rate)}），未测已登记原因 ${r.gapsWithReason}`, source: '普测参测' })),
        { date: '', text: `即时报告 ${ind.alerts.total} 条，时限内确认 ${ind.alerts.withinLimit}/${ind.alerts.decided}（${pct(ind.alerts.share)}），响应中位数 ${ind.alerts.medianMinutes ?? '—'} 分钟`, source: '即时报告' },
        { date: '', text: `重点关注随访到期 ${ind.followUps.due} 次，按时 ${ind.followUps.onTime} 次（${pct(ind.followUps.share)}）`, source: '重点关注' },
        ...ind.followUps.late.map((f) => ({ date: f.dueDate, text: `${withNames ? f.studentName : '一名学生'}：应随访 ${f.dueDate}，${f.doneDate ? `${f.doneDate} 随访` : '未随访'}`, source: '重点关注' })),
        ...documentRows(view, itemId),
      ]
    case 'peer':
      return [
        ...ind.coverage.classes.filter((c) => c.uncoveredDays || c.vacantNow).map((c) => ({ date: '', text: `${c.name} 缺班级心理委员 ${c.uncoveredDays} 天${c.vacantNow ? '（目前空缺）' : ''}`, source: '邀请码' })),
        ...ind.coverage.dorms.filter((d) => d.uncoveredDays || d.vacantNow).map((d) => ({ date: '', text: `${d.name} 缺宿舍心理观察员 ${d.uncoveredDays} 天${d.vacantNow ? '（目前空缺）' : ''}`, source: '邀请码' })),
        ...ind.training.cells.map((c) => ({ date: '', text: `${termName(c.termId)} ${c.grade} ${c.role === 'committee' ? '心理委员' : '宿舍心理观察员'}培训 ${c.sessions} 场`, source: '培训' })),
        ...ind.perTerm.map((t) => ({ date: '', text: `${termName(t.termId)}：已确认朋辈谈心 ${t.peerTalksConfirmed} 条（待确认 ${t.peerTalksPending} 条）`, source: '朋辈谈心' })),
        ...documentRows(view, itemId),
      ]
    default:
      return documentRows(view, itemId)
  }
}
