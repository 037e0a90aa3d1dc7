/**
 * 学生时间线：周报关注、即时报告、谈话（按谈话可读范围）、朋辈谈心、重点关注库变更。
 */
import { shanghaiDate, shanghaiNoon } from '../../domain/calendar'
import { type StudentTimeline, type TimelineItem } from '../../types/api/counseling'
import { CONCERN_CATEGORIES, KEYCARE_STATUS_LABELS, LEVEL_LABELS, TALK_FORM_LABELS, TALK_TYPE_LABELS, type Level } from '../../types/domain'
import { APPROVAL_KIND_LABELS, type KeyCareDoc, type KeyCareHistoryEntry, type PeerTalkDoc, type TalkDoc } from '../../types/models-counseling'
import type { AlertDoc, WeeklyReportDoc } from '../../types/models-observations'
import { loadStudentCase, talkVisible, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import type { Database } from '../_lib/sdk'
import { talkFactsOf } from '../_lib/followups'
import { fetchAll } from '../_lib/dbops'

const isLevel = (v?: string): v is Level => v === 'general' || v === 'key' || v === 'crisis'
const label = (v?: string) => (v ? (isLevel(v) ? LEVEL_LABELS[v] : v) : '')

/** 重点关注库一条变更的中文描述 */
export function describeChange(h: KeyCareHistoryEntry): string {
  switch (h.change) {
    case 'enter': return `加入重点关注库（${label(h.to)}）`
    case 'level': return `等级：${label(h.from)} → ${label(h.to)}`
    case 'follow_up': return `下次跟进：${h.from ?? '—'} → ${h.to ?? '—'}`
    case 'categories': return `关注类别更新为 ${h.to ?? ''}`
    case 'refer': return `转介至${h.to === 'center' ? '校心理中心' : '医院'}`
    case 'close': return '解除关注'
    case 'approval_requested': return `提交站长审批：${APPROVAL_KIND_LABELS[h.to as keyof typeof APPROVAL_KIND_LABELS] ?? h.to ?? ''}`
    case 'approval_rejected': return `站长未批准：${APPROVAL_KIND_LABELS[h.to as keyof typeof APPROVAL_KIND_LABELS] ?? h.to ?? ''}`
    case 'center_feedback': return '校心理中心反馈'
  }
}

function item(kind: TimelineItem['kind'], at: Date | string, title: string, refId: string, extra: Partial<TimelineItem> = {}): TimelineItem {
  const d = new Date(at)
  return { kind, at: d.toISOString(), date: shanghaiDate(d), title, refId, ...extra }
}

/** 时间线的来源记录（同一站点内该生的） */
export interface TimelineSources {
  reports: WeeklyReportDoc[]
  alerts: AlertDoc[]
  talks: TalkDoc[]
  peers: PeerTalkDoc[]
  entries: KeyCareDoc[]
}

/** 读取时间线的来源（4 个请求；重点关注条目由调用方随学生或条目一起读出） */
export async function timelineSources(db: Database, stationId: string, sid: string, entries: KeyCareDoc[]): Promise<TimelineSources> {
  const base = { stationId }
  const [reports, alerts, talks, peers] = await Promise.all([
    fetchAll<WeeklyReportDoc>(db.collection(COLLECTIONS.weeklyReports).where({ ...base, 'concerns.studentId': sid }) as never, 2000),
    fetchAll<AlertDoc>(db.collection(COLLECTIONS.alerts).where({ ...base, studentId: sid }) as never, 2000),
    fetchAll<TalkDoc>(db.collection(COLLECTIONS.talks).where({ ...base, studentId: sid }) as never, 2000),
    fetchAll<PeerTalkDoc>(db.collection(COLLECTIONS.peerTalks).where({ ...base, studentId: sid }) as never, 2000),
  ])
  return { reports, alerts, talks, peers, entries: entries.filter((e) => e.stationId === stationId && e.studentId === sid).slice(0, 100) }
}

/** 某学生的时间线（调用者须已通过范围检查；centerCase：该生是否为转介到中心的个案） */
export function buildTimeline(caller: Caller, sid: string, src: TimelineSources, centerCase: boolean): TimelineItem[] {
  const { reports, alerts, talks, peers, entries } = src
  const out: TimelineItem[] = []
  for (const r of reports) {
    for (const c of r.concerns.filter((x) => x.studentId === sid)) {
      const cats = c.categories.filter((x) => (CONCERN_CATEGORIES as readonly string[]).includes(x)).join('、')
      out.push(item('concern', r.submittedAt, `${r.kind === 'class' ? '班级' : '宿舍'}周报关注（第${r.week}周）：${cats}`, `${r._id}#${c.id}`, {
        detail: c.description, level: c.level,
      }))
    }
  }
  for (const a of alerts) {
    out.push(item('alert', a.createdAt, `即时报告${a.ackedAt ? '（已确认）' : '（未确认）'}`, a._id, { detail: a.description, level: a.level }))
  }
  for (const t of talks) {
    if (!talkVisible(caller, t, centerCase)) continue
    out.push(item('talk', shanghaiNoon(t.date), `谈心谈话（${TALK_FORM_LABELS[t.form]} · ${TALK_TYPE_LABELS[t.type]}）· ${t.authorName}`, t._id, {
      detail: t.summary, level: t.level, date: t.date,
    }))
  }
  for (const p of peers) {
    if (p.status === 'returned') continue
    out.push(item('peer_talk', p.createdAt, `朋辈谈心（${p.category}）${p.status === 'confirmed' ? '' : '· 待确认'}`, p._id, { detail: p.summary, date: p.date }))
  }
  for (const e of entries) {
    for (const h of e.history) {
      out.push(item('keycare', h.at, describeChange(h), e._id, {
        ...(h.change === 'close' && e.closeReason ? { detail: `${KEYCARE_STATUS_LABELS.closed}：${e.closeReason}` } : {}),
        ...(h.change === 'enter' && isLevel(h.to) ? { level: h.to } : {}),
      }))
    }
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
}

export const studentTimeline = defineAction(counselingContract['student.timeline'], async ({ db, caller, audit }, input) => {
    const c = await loadStudentCase(db, caller, input.studentId)
    const { student } = c
    const src = await timelineSources(db, student.stationId, student._id, c.keyCare)
    const items = buildTimeline(caller, student._id, src, c.centerCase)
    const open = src.entries.filter((e) => e.status === 'active' || e.status === 'referred')
    await audit('counseling.student.timeline', [student._id])
    const result: StudentTimeline = {
      student: {
        id: student._id,
        name: student.name,
        studentNo: student.studentNo,
        className: c.cls?.name ?? '',
        dormName: c.dorm?.name ?? '',
      },
      lastContact: talkFactsOf(src.talks).lastContact.get(student._id) ?? null,
      keyCareId: open[0]?._id ?? null,
      items,
    }
    return result
  })
