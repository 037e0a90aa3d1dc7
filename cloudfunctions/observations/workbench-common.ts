/**
 * 工作台各角色共用：由本站学期得出当前周（或假期）、告警条目、审计，以及“本站学期”这一读取项。
 */
import { currentWeek, formatMonthDay, inShanghai, termPhase } from '../../domain/calendar'
import type { WorkbenchAlert, WorkbenchVacation, WorkbenchWeek } from '../../types/api/workbench'
import type { TermDoc } from '../../types/models'
import type { AlertDoc } from '../../types/models-observations'
import type { Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import type { SidePart } from '../_lib/dbops'
import type { ActionContext } from '../_lib/handler'
import { pickCurrentTerm } from '../_lib/term'
import { weekInfo } from './shared'

export type Ctx = ActionContext & { caller: Caller }

/** 一个站点的班级与宿舍数的上限（看板单位、本周周报作为一次读取的列表项时的 $limit） */
export const MAX_UNITS = 10_000

/** 本站全部学期（与 _lib/term.ts listTerms 同序），作为 readAlongside 的一项 */
export const termsPart = (stationId: string): SidePart => ({
  from: COLLECTIONS.terms,
  pipeline: [{ $match: { stationId } }, { $sort: { startDate: 1, _id: 1 } }, { $limit: 100 }],
})

/** 当前周与学期之间的状态（由本站全部学期得出） */
export function weekFrom(terms: TermDoc[], now: Date): { term: TermDoc | null; week: WorkbenchWeek | null; vacation: WorkbenchVacation | null } {
  const term = pickCurrentTerm(terms, now)
  const n = term ? currentWeek(term, now) : null
  if (term && n) {
    const info = weekInfo(term, n)
    return { term, week: { termId: term._id, week: n, due: info.due, dueText: dueTextOf(info.due), off: info.off }, vacation: null }
  }
  // 假期中的判定与下学期开始日：与 week.current 等每周页面同一条规则（domain/calendar termPhase）
  const phase = termPhase(terms, now)
  const nextTermStart = phase.kind === 'between_terms' ? phase.nextStart : null
  return { term, week: null, vacation: { nextTermStart, nextTermStartText: nextTermStart ? formatMonthDay(nextTermStart) : null } }
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
/** 截止时刻的显示文字（北京时间） */
function dueTextOf(iso: string): string {
  const d = inShanghai(iso)
  return `${d.format('M月D日')} ${WEEKDAYS[d.day()]} ${d.format('HH:mm')}`
}

export function alertItem(a: AlertDoc): WorkbenchAlert {
  const item: WorkbenchAlert = {
    id: a._id,
    level: a.level,
    createdAt: new Date(a.createdAt).toISOString(),
    ackDeadline: new Date(a.ackDeadline).toISOString(),
    escalatedAt: a.escalatedAt ? new Date(a.escalatedAt).toISOString() : null,
  }
  if (a.studentName) item.studentName = a.studentName
  return item
}

/** 列出学生姓名的告警记审计 */
export async function auditAlerts(ctx: Ctx, alerts: AlertDoc[]): Promise<void> {
  const ids = alerts.flatMap((a) => (a.studentId ? [a._id, a.studentId] : []))
  await ctx.audit('observations.workbench', ids)
}
