/**
 * 个别情况描述：由重点关注库条目与本月谈话草拟，站长可改。
 * 重新生成时：站长改过的行、站长新增的行原样保留；站长删掉的草拟行不再加回。
 */
import { shanghaiDate } from '../calendar'
import { LEVEL_RANK } from '../levels'
import { KEYCARE_SOURCE_LABELS, type KeyCareSource } from '../../types/models-counseling'
import { LEVEL_LABELS } from '../../types/domain'
import type { CaseRow } from '../../types/models-reports'
import type { CaseTalkInput, KeyCareInput, MonthInput } from './input'
import { followUpAtEnd, inLibraryDuring, levelAtEnd, overdueAtEnd, statusAtEnd } from './keycare'
import { dateInPeriod, inPeriod, type MonthPeriod } from './period'

const REFERRAL_LABELS = { center: '校心理中心', hospital: '医院' } as const
/** 每个文字字段的上限（与 monthly.update 的输入上限一致） */
export const CASE_TEXT_MAX = 1000

const clip = (s: string): string => (s.length > CASE_TEXT_MAX ? `${s.slice(0, CASE_TEXT_MAX - 1)}…` : s)

function progressOf(e: KeyCareInput, p: MonthPeriod): string {
  if (inPeriod(p, e.closedAt)) return `已解除（${shanghaiDate(new Date(e.closedAt as Date))}${e.closeReason ? `，${e.closeReason}` : ''}）`
  if (statusAtEnd(e, p) === 'referred' && e.referral) {
    return `已转介${REFERRAL_LABELS[e.referral.to]}（${e.referral.date}${e.referral.party ? `，${e.referral.party}` : ''}）`
  }
  const due = followUpAtEnd(e, p)
  return overdueAtEnd(e, p, 'active') ? `关注中，跟进逾期（应于 ${due} 跟进）` : `关注中，下次跟进 ${due}`
}

function draftRow(input: MonthInput, e: KeyCareInput, talks: CaseTalkInput[], p: MonthPeriod, prev: MonthPeriod, className: string): CaseRow {
  const latest = talks[talks.length - 1]
  const source = KEYCARE_SOURCE_LABELS[e.source as KeyCareSource] ?? e.source
  const startLevel = levelAtEnd(e, prev)
  const endLevel = levelAtEnd(e, p)
  const situation = [
    `${e.categories.join('、')}；${e.enteredAt} 因${source}入库${dateInPeriod(p, e.enteredAt) ? '（本月新增）' : ''}`,
    latest ? `最近谈话（${latest.date}）：${latest.summary}` : '',
  ].filter(Boolean).join('。')
  const measures = talks.length ? `本月谈心谈话 ${talks.length} 次。${latest.measures}` : '本月无谈心谈话记录'
  const effect = [
    latest ? `最近一次谈话评估为${LEVEL_LABELS[latest.level]}` : '本月暂无评估',
    e.enteredAt < p.first && startLevel !== endLevel ? `本月等级由${LEVEL_LABELS[startLevel]}调整为${LEVEL_LABELS[endLevel]}` : '',
  ].filter(Boolean).join('；')
  return {
    key: `keycare:${e._id}`,
    studentId: e.studentId,
    studentNo: input.studentNos[e.studentId] ?? '',
    studentName: e.studentName,
    className,
    situation: clip(situation),
    measures: clip(measures),
    effect: clip(effect),
    level: endLevel,
    progress: clip(progressOf(e, p)),
  }
}

/** 草拟：本月任一时刻在库的条目，一人一行（危机在前，再按入库日期） */
export function draftCases(input: MonthInput, p: MonthPeriod, prev: MonthPeriod): CaseRow[] {
  const classNames = new Map(input.classes.map((c) => [c._id, c.name]))
  const talksByStudent = new Map<string, CaseTalkInput[]>()
  for (const t of [...input.caseTalks].filter((t) => dateInPeriod(p, t.date)).sort((a, b) => a.date.localeCompare(b.date))) {
    const list = talksByStudent.get(t.studentId) ?? []
    list.push(t)
    talksByStudent.set(t.studentId, list)
  }
  return input.keyCare
    .filter((e) => inLibraryDuring(e, p))
    .map((e) => draftRow(input, e, talksByStudent.get(e.studentId) ?? [], p, prev, classNames.get(e.classId) ?? ''))
    .sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || (a.key ?? '').localeCompare(b.key ?? ''))
}

const CONTENT_FIELDS = ['studentNo', 'studentName', 'className', 'situation', 'measures', 'effect', 'level', 'progress'] as const

/** 两行内容是否相同（只比较可编辑字段） */
export function sameContent(a: CaseRow, b: CaseRow): boolean {
  return CONTENT_FIELDS.every((f) => a[f] === b[f])
}

/** 重新生成时合并：保留站长改过/新增的行，更新未改过的草拟行，追加新出现的草拟行 */
export function mergeCases(
  existing: CaseRow[],
  draftedKeysBefore: string[],
  drafted: CaseRow[],
): { cases: CaseRow[]; draftedCaseKeys: string[] } {
  const fresh = new Map(drafted.map((r) => [r.key as string, r]))
  const present = new Set<string>()
  const cases: CaseRow[] = []
  for (const row of existing) {
    if (!row.key || row.edited) {
      cases.push(row)
      if (row.key) present.add(row.key)
      continue
    }
    const next = fresh.get(row.key)
    if (next) {
      cases.push(next)
      present.add(row.key)
    }
  }
  const before = new Set(draftedKeysBefore)
  for (const r of drafted) if (!present.has(r.key as string) && !before.has(r.key as string)) cases.push(r)
  return { cases, draftedCaseKeys: [...new Set([...draftedKeysBefore, ...fresh.keys()])] }
}

/**
 * 站长提交的行 → 存储的行：按 key 找回原行（带回 studentId），内容有变化即标记 edited；
 * 不认识的 key 去掉（视为站长新增的行）。
 */
export function applyCaseEdits(stored: CaseRow[], draftedKeys: string[], incoming: Omit<CaseRow, 'studentId' | 'edited'>[]): CaseRow[] {
  const byKey = new Map(stored.filter((r) => r.key).map((r) => [r.key as string, r]))
  const known = new Set(draftedKeys)
  return incoming.map((row) => {
    const base: CaseRow = {
      studentNo: row.studentNo, studentName: row.studentName, className: row.className, situation: row.situation,
      measures: row.measures, effect: row.effect, level: row.level, progress: row.progress,
    }
    const prev = row.key ? byKey.get(row.key) : undefined
    if (prev) {
      const out: CaseRow = { key: prev.key, ...(prev.studentId ? { studentId: prev.studentId } : {}), ...base }
      if (prev.edited || !sameContent(prev, base)) out.edited = true
      return out
    }
    if (row.key && known.has(row.key)) return { key: row.key, ...base, edited: true }
    return { ...base, edited: true }
  })
}
