/**
 * remindOverdueFollowUps：每天 08:30（北京时间）告诉每位辅导员，自己范围内有多少重点关注条目已过下次跟进日期。
 * - 逾期沿用重点关注库的规则（domain/followup.ts，经 _lib/followups.ts 的 overdueEntries：之后谈话填的“下次跟进”也算），与 keycare.list 的逾期标记一致。
 * - 收件人：负责该生班级或宿舍的在任辅导员（counselorsFor），即在自己的重点关注列表里能看到该条目的人；
 *   一条目可计入多位辅导员；一人在多个站点任职时合并为一条消息。没有逾期条目的辅导员不发。
 * - 内容只有人数（按等级）和重点关注列表的链接，不含学生姓名。
 * - 幂等：去重键 followup:<北京时间日期>，站内消息 _id = followup:<日期>:<personId>；同一天重跑、重复触发不重复发送。
 */
import { shanghaiDate } from '../../domain/calendar'
import { LEVEL_LABELS, LEVELS, type Level } from '../../types/domain'
import type { KeyCareDoc } from '../../types/models-counseling'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll } from '../_lib/dbops'
import { notify } from '../_lib/notify'
import { counselorsFor } from '../_lib/responsible'
import { overdueEntries } from '../_lib/followups'
import type { JobContext } from './types'
import { pageUrl } from '../../types/routes'

/** 每天 08:30（Asia/Shanghai） */
export const FOLLOW_UP_CRON = '0 30 8 * * *'
/** 辅导员的重点关注列表（逾期条目排在最前） */
export const KEYCARE_LIST_LINK = pageUrl('counselor', 'keycare', { overdue: 1 })
/** 同时进行的负责人查询数 */
const LOOKUP_CONCURRENCY = 8

type OpenEntry = Pick<KeyCareDoc, '_id' | 'stationId' | 'studentId' | 'classId' | 'dormId' | 'level' | 'status' | 'nextFollowUp' | 'history'>

export interface OverdueFollowUpsResult {
  /** 今天逾期的条目数（全部站点） */
  overdue: number
  /** 有逾期条目的辅导员人数 */
  counselors: number
  /** 本次新发出的消息数（同一天重跑为 0） */
  sent: number
}

/** 消息正文：只有人数，不含学生姓名 */
export function overdueMessage(entries: Array<Pick<KeyCareDoc, 'level'>>) {
  const byLevel = new Map<Level, number>()
  for (const e of entries) byLevel.set(e.level, (byLevel.get(e.level) ?? 0) + 1)
  const parts = [...LEVELS].reverse().filter((l) => byLevel.has(l)).map((l) => `${LEVEL_LABELS[l]} ${byLevel.get(l)} 人`)
  return {
    title: `重点关注逾期跟进：${entries.length} 人`,
    body: `你负责的重点关注学生中有 ${entries.length} 人已过下次跟进日期（${parts.join('、')}），请尽快跟进并更新下次跟进日期。`,
    push: { subject: `重点关注逾期跟进 ${entries.length} 人`, phrase: '待跟进', note: '请尽快跟进并更新下次跟进日期' },
  }
}

export async function remindOverdueFollowUps({ db, now }: JobContext): Promise<OverdueFollowUpsResult> {
  const _ = db.command
  const today = shanghaiDate(now)
  const open = await fetchAll<OpenEntry>(
    db.collection(COLLECTIONS.keyCare)
      .where({ status: _.in(['active', 'referred']) })
      .orderBy('_id', 'asc')
      .field({ _id: true, stationId: true, studentId: true, classId: true, dormId: true, level: true, status: true, nextFollowUp: true, history: true }) as never,
    50_000,
  )
  const overdue = await overdueEntries(db, open, today)

  // 负责人：按 站点+班级+宿舍 查一次
  const unitKey = (e: OpenEntry) => `${e.stationId}|${e.classId}|${e.dormId}`
  const units = new Map<string, OpenEntry>()
  for (const e of overdue) if (!units.has(unitKey(e))) units.set(unitKey(e), e)
  const counselors = new Map<string, string[]>()
  const pending = [...units]
  for (let i = 0; i < pending.length; i += LOOKUP_CONCURRENCY) {
    await Promise.all(
      pending.slice(i, i + LOOKUP_CONCURRENCY).map(async ([key, e]) => {
        counselors.set(key, await counselorsFor(db, e.stationId, e.classId, e.dormId, now))
      }),
    )
  }

  const byCounselor = new Map<string, OpenEntry[]>()
  for (const e of overdue) {
    for (const personId of counselors.get(unitKey(e)) ?? []) {
      if (!byCounselor.has(personId)) byCounselor.set(personId, [])
      byCounselor.get(personId)!.push(e)
    }
  }

  let sent = 0
  for (const [personId, entries] of byCounselor) {
    const r = await notify(db, now, [personId], {
      kind: 'followup',
      ...overdueMessage(entries),
      link: KEYCARE_LIST_LINK,
      dedupeKey: `followup:${today}`,
    })
    sent += r.sent
  }
  return { overdue: overdue.length, counselors: byCounselor.size, sent }
}
