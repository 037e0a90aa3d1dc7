/**
 * 即时报告的产生：周报中的危机条目、或即时报告按钮（observations）；超时升级（jobs）用同一组链接。告警 _id 确定，重复提交不会重复告警与通知。
 * 新告警立即通知负责辅导员与站长，并为有学生的告警建约谈任务。
 */
import { createHash } from 'crypto'
import { LEVEL_LABELS } from '../../types/domain'
import type { StationDoc } from '../../types/models'
import type { AlertDoc } from '../../types/models-observations'
import { pageUrl } from '../../types/routes'
import { COLLECTIONS } from './collections'
import { getById, insertOnce } from './dbops'
import { notify } from './notify'
import { counselorsFor, headsOf } from './responsible'
import type { Database } from './sdk'
import { ensureTalkTask } from './talk-tasks'

/**
 * 告警的确定性 id：由来源派生（周报条目 'concern:<reportId>#<concernId>'，按钮 'button:<personId>:<幂等键>'），
 * 取 sha256 前 24 位，保持短小（其他函数以普通 id 字段引用它）。
 */
export function alertIdOf(source: string): string {
  return `al-${createHash('sha256').update(source).digest('hex').slice(0, 24)}`
}

/** 即时报告列表页（辅导员 / 站长） */
export const ALERT_LINKS = {
  counselor: pageUrl('counselor', 'alerts'),
  head: pageUrl('head', 'alerts'),
} as const

/** 站点配置的确认时限（分钟），默认 30 */
export async function ackLimitMinutes(db: Database, stationId: string): Promise<number> {
  const st = await getById<StationDoc>(db, COLLECTIONS.stations, stationId)
  const n = st?.ackLimitMinutes
  return typeof n === 'number' && n > 0 ? n : 30
}

export interface AlertSpec {
  _id: string
  stationId: string
  student?: { _id: string; name: string; classId: string; dormId: string }
  /** 无学生时告警归属的单位（用于范围与负责辅导员） */
  classId?: string
  dormId?: string
  source: AlertDoc['source']
  reportId?: string
  concernId?: string
  reporterId: string
  reporterName: string
  level: AlertDoc['level']
  description: string
}

/** 建立告警（已存在则原样返回）。返回告警与是否本次新建 */
export async function raiseAlert(db: Database, spec: AlertSpec, now: Date): Promise<{ alert: AlertDoc; created: boolean }> {
  const existing = await getById<AlertDoc>(db, COLLECTIONS.alerts, spec._id)
  if (existing) return { alert: existing, created: false }
  const classId = spec.student?.classId ?? spec.classId
  const dormId = spec.student?.dormId ?? spec.dormId
  const [counselorIds, limit] = await Promise.all([
    counselorsFor(db, spec.stationId, classId, dormId, now),
    ackLimitMinutes(db, spec.stationId),
  ])
  const alert: AlertDoc = {
    _id: spec._id,
    stationId: spec.stationId,
    source: spec.source,
    reporterId: spec.reporterId,
    reporterName: spec.reporterName,
    level: spec.level,
    description: spec.description,
    createdAt: now,
    ackDeadline: new Date(now.getTime() + limit * 60_000),
    counselorIds,
    ackedAt: null,
    ackedBy: null,
    escalatedAt: null,
  }
  if (spec.student) Object.assign(alert, { studentId: spec.student._id, studentName: spec.student.name })
  if (classId) alert.classId = classId
  if (dormId) alert.dormId = dormId
  if (spec.reportId) alert.reportId = spec.reportId
  if (spec.concernId) alert.concernId = spec.concernId

  const created = await insertOnce(db, COLLECTIONS.alerts, alert)
  if (!created) return { alert: (await getById<AlertDoc>(db, COLLECTIONS.alerts, spec._id)) ?? alert, created: false }

  const heads = await headsOf(db, spec.stationId, now)
  /** 一句话结尾补句号；原文已有句末标点就不再加（不出现“。。”） */
  const sentence = (t: string) => (/[。！？!?.…]$/.test(t.trim()) ? t.trim() : `${t.trim()}。`)
  const who = spec.student ? `学生${spec.student.name}` : '一名学生'
  const message = (role: keyof typeof ALERT_LINKS) => ({
    kind: 'alert' as const,
    title: `即时报告：${LEVEL_LABELS[spec.level]}`,
    body: `${spec.reporterName}报告${who}：${sentence(spec.description.slice(0, 60))}辅导员须在 ${limit} 分钟内确认。`,
    link: `${ALERT_LINKS[role]}?id=${encodeURIComponent(alert._id)}`,
    dedupeKey: `alert:${alert._id}`,
    ref: alert._id,
    // 推送到微信的字段：只有等级与时限，不含学生与报告人姓名
    push: { subject: `即时报告（${LEVEL_LABELS[spec.level]}）`, phrase: LEVEL_LABELS[spec.level], at: now, note: `辅导员须在 ${limit} 分钟内确认` },
  })
  await Promise.all([
    notify(db, now, counselorIds, message('counselor')).then(() => notify(db, now, heads, message('head'))),
    spec.student
      ? ensureTalkTask(
          db,
          { stationId: spec.stationId, student: spec.student, source: 'alert', sourceId: alert._id, level: spec.level, description: spec.description },
          async () => counselorIds,
          now,
        )
      : Promise.resolve(false),
  ])
  return { alert, created: true }
}
