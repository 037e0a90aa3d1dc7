/**
 * 缺失材料清单：学年进行中就列出缺什么、该做什么、去哪个页面补（一键直达，页面键见 EVIDENCE_TARGETS）。
 * 与建议分用同一份指标；进行中的学期称 “本学期”。规则见 docs/assessment.md。
 */
import type { AssessmentTableVersion, MissingEvidence } from '../../types/assessment'
import { allSlots } from './table'
import type { Indicators } from './indicators'
import { CADRE_LABELS, gradeText } from './measures'
import { termWhen } from './reasons'

type Entry = MissingEvidence

const vacantText = (unit: string, role: string, days: number): string => (days ? `${unit} 无${role} ${days} 天` : `${unit} 目前无${role}`)

function coverageEntries(ind: Indicators, grace: number): Entry[] {
  const out: Entry[] = []
  const needs = (u: { uncoveredDays: number; vacantNow: boolean }) => u.vacantNow || u.uncoveredDays > grace
  const byDays = <T extends { uncoveredDays: number }>(xs: T[]) => [...xs].sort((a, b) => b.uncoveredDays - a.uncoveredDays)
  for (const c of byDays(ind.coverage.classes.filter(needs))) {
    out.push({
      key: `class:${c.id}`, itemId: 'peer', pointId: 'peer.1',
      text: c.vacantNow ? vacantText(c.name, '班级心理委员', c.uncoveredDays) : `${c.name} 本学年缺班级心理委员 ${c.uncoveredDays} 天`,
      action: c.vacantNow ? '为该班发放心理委员邀请码' : '核对该班心理委员的任职时间',
      target: { page: 'invites', params: { classId: c.id } },
    })
  }
  for (const d of byDays(ind.coverage.dorms.filter(needs))) {
    out.push({
      key: `dorm:${d.id}`, itemId: 'peer', pointId: 'peer.1',
      text: d.vacantNow ? vacantText(d.name, '宿舍心理观察员', d.uncoveredDays) : `${d.name} 本学年缺宿舍心理观察员 ${d.uncoveredDays} 天`,
      action: d.vacantNow ? '为该宿舍发放观察员邀请码' : '核对该宿舍观察员的任职时间',
      target: { page: 'invites', params: { dormId: d.id } },
    })
  }
  return out
}

function termEntries(ind: Indicators, table: AssessmentTableVersion): Entry[] {
  const out: Entry[] = []
  const p = table.params
  for (const t of ind.terms.filter((x) => x.started)) {
    const s = ind.perTerm.find((x) => x.termId === t.id)!
    const when = termWhen(t)
    const add = (key: string, itemId: Entry['itemId'], pointId: string, text: string, action: string, page: Entry['target']['page'], params?: Record<string, string>) =>
      out.push({ key: `${key}:${t.id}`, itemId, pointId, text, action, target: { page, params: { termId: t.id, ...params } } })
    if (!s.theme.held) add('theme', 'education', 'education.2', `${when}尚无主题宣教活动`, '登记本学期的主题宣教活动（规划、开展、总结）', 'activities')
    for (const a of s.theme.open) {
      const lack = [!a.planned ? '规划' : '', !a.summarised ? '总结' : ''].filter(Boolean).join('和')
      out.push({ key: `theme-open:${a.id}`, itemId: 'education', pointId: 'education.2', text: `主题宣教活动“${a.title}”尚无${lack}`, action: `补写活动${lack}`, target: { page: 'activities', params: { activityId: a.id } } })
    }
    if (!s.special) add('special', 'education', 'education.1', `${when}尚无专项教育活动`, '登记专题讲座、心理主题班会或心理行为训练', 'activities')
    const few = (n: number, min: number, none: string, some: string) => (n ? `${when}${some} ${n} ${some.startsWith('团体') ? '次' : '条'}，少于 ${min}` : `${when}${none}`)
    if (s.talks < p.minTalksPerTerm) add('talks', 'counseling', 'counseling.1', few(s.talks, p.minTalksPerTerm, '尚无个体谈心谈话记录', '个体谈心谈话记录'), '记录谈心谈话', 'talks')
    if (s.groupSessions < p.minGroupSessionsPerTerm) add('group', 'counseling', 'counseling.1', few(s.groupSessions, p.minGroupSessionsPerTerm, '尚未开展团体心理辅导', '团体心理辅导'), '登记团体心理辅导活动', 'activities')
    if (s.peerTalksConfirmed < p.minPeerTalksPerTerm) add('peer-talks', 'peer', 'peer.3', few(s.peerTalksConfirmed, p.minPeerTalksPerTerm, '尚无已确认的朋辈谈心', '已确认的朋辈谈心'), '提醒学生骨干记录朋辈谈心', 'peer_talks')
    if (s.peerTalksPending) add('peer-pending', 'peer', 'peer.3', `${when}有 ${s.peerTalksPending} 条朋辈谈心待确认`, '请辅导员确认或退回', 'peer_talks')
    for (const c of ind.training.cells.filter((x) => x.termId === t.id && !x.sessions)) {
      out.push({
        key: `training:${t.id}:${c.grade}:${c.role}`, itemId: 'peer', pointId: 'peer.2',
        text: `${when} ${gradeText(c.grade)}${t.ended ? '未开展' : '尚未开展'}${CADRE_LABELS[c.role]}培训`,
        action: `安排面向 ${gradeText(c.grade)}${CADRE_LABELS[c.role]}的培训`,
        target: { page: 'trainings', params: { termId: t.id, grade: c.grade, role: c.role } },
      })
    }
  }
  return out
}

function crisisEntries(ind: Indicators): Entry[] {
  const out: Entry[] = []
  if (!ind.screening.length) out.push({ key: 'screening:none', itemId: 'crisis', pointId: 'crisis.1', text: '本学年尚无普测记录', action: '导入普测参测名单', target: { page: 'screening' } })
  for (const r of ind.screening.filter((x) => x.unexplained)) {
    out.push({ key: `screening:${r.id}`, itemId: 'crisis', pointId: 'crisis.1', text: `“${r.name}”${r.unexplained} 人未参测且未登记原因`, action: '为未参测学生登记原因或补测', target: { page: 'screening', params: { roundId: r.id } } })
  }
  for (const m of ind.monthly.months.filter((x) => x.status === 'missing')) {
    out.push({ key: `monthly:${m.month}`, itemId: 'crisis', pointId: 'crisis.2', text: `${m.month} 月报未提交（截止 ${m.deadline}）`, action: '生成并提交该月月报', target: { page: 'monthly', params: { month: m.month } } })
  }
  if (ind.alerts.unacked) out.push({ key: 'alerts:unacked', itemId: 'crisis', pointId: 'crisis.4', text: `${ind.alerts.unacked} 条即时报告逾期未确认`, action: '提醒负责的辅导员确认', target: { page: 'alerts' } })
  for (const f of ind.followUps.late.filter((x) => !x.doneDate)) {
    out.push({ key: `followup:${f.keyCareId}:${f.dueDate}`, itemId: 'crisis', pointId: 'crisis.3', text: `${f.studentName} 的重点关注随访已逾期（应于 ${f.dueDate}）`, action: '完成随访并记录谈话', target: { page: 'keycare', params: { keyCareId: f.keyCareId } } })
  }
  return out
}

function yearEntries(ind: Indicators): Entry[] {
  const out: Entry[] = []
  if (ind.plan.status === 'missing' || ind.plan.status === 'open') {
    out.push({ key: 'plan', itemId: 'routine', pointId: 'routine.2', text: `尚未提交本学年工作计划（截止 ${ind.plan.dueDate}）`, action: '制定并提交工作计划', target: { page: 'plan' } })
  }
  const lastTerm = ind.terms[ind.terms.length - 1]
  if ((ind.summary.status === 'missing' || ind.summary.status === 'open') && (lastTerm?.started || ind.summary.status === 'missing')) {
    out.push({ key: 'summary', itemId: 'routine', pointId: 'routine.2', text: `尚未提交本学年工作总结（截止 ${ind.summary.dueDate}）`, action: '由记录起草并提交工作总结', target: { page: 'summary' } })
  }
  if (!ind.staff.some((s) => s.qualification)) out.push({ key: 'staff:qualification', itemId: 'team', pointId: 'team.1', text: '站内人员尚未登记心理咨询资质或相关证书', action: '在人员登记中填写咨询资质', target: { page: 'staff' } })
  const head = ind.staff.find((s) => s.role === 'head')
  if (head && !head.hours) out.push({ key: 'staff:head-training', itemId: 'team', pointId: 'team.1', text: '站长本学年尚未参加专业培训', action: '登记站长参加的专业培训', target: { page: 'staff', params: { personId: head.personId } } })
  for (const s of ind.staff.filter((x) => x.role !== 'head' && !x.hours)) {
    out.push({ key: `staff:training:${s.personId}`, itemId: 'team', pointId: 'team.1', text: `${s.name} 本学年尚无培训学时`, action: '登记其参加的培训', target: { page: 'staff', params: { personId: s.personId } } })
  }
  for (const h of ind.handovers.missing) {
    out.push({ key: `handover:${h.personId}:${h.endedOn}`, itemId: 'team', pointId: 'team.1', text: `${h.name} 于 ${h.endedOn} 离任，未办理交接`, action: '指定接任者并办理交接', target: { page: 'handover', params: { personId: h.personId } } })
  }
  return out
}

/** 缺失材料清单（按考核表顺序：材料栏、学期、危机干预、全年、缺任） */
export function missingEvidence(ind: Indicators, table: AssessmentTableVersion): MissingEvidence[] {
  const slots: Entry[] = allSlots(table)
    .filter((s) => !ind.documents[s.key]?.hasEvidence)
    .map((s) => ({ key: `slot:${s.key}`, itemId: s.itemId, pointId: s.pointId, text: `尚无“${s.label}”`, action: '上传文件或填写说明', target: { page: 'documents', params: { slot: s.key } } }))
  return [...slots, ...termEntries(ind, table), ...crisisEntries(ind), ...yearEntries(ind), ...coverageEntries(ind, table.params.coverageGraceDays)]
}
