/**
 * report.submit：填报或修改本单位的周报。
 * - 周报 _id 确定（'<termId>:<week>:<kind>:<unitId>'）：并发重复提交只会有一份；
 * - 幂等键记入修订：同一键重试直接返回已有周报，不产生新修订；
 * - 修改用乐观并发（按 revision + status 条件更新），审阅后不可再改；退回后可重新提交；
 * - 先校验全部输入（名册、周次），再写入；写入后为“需要约谈”条目建任务、为危机条目建即时报告。
 * - 重试（同一幂等键）也会补做后续动作（都是确定性 id），上一次中途失败也不会漏建。
 */
import { canFileWeek, isOnTime, shanghaiDate, weekWindow } from '../../domain/calendar'
import { submitReportSchema } from '../../types/api/observations'
import type { StudentDoc, TermDoc } from '../../types/models'
import type { ConcernEntry, WeeklyReportDoc, WeeklyReportRevision } from '../../types/models-observations'
import type { FieldError } from '../../types/result'
import { loadUnitWithTermsInScope, studentInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { getById, getByIds, insertOrGet, updateWhere } from '../_lib/dbops'
import { AppError } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { observationsContract } from '../../types/api/observations.contract'
import type { Database } from '../_lib/sdk'
import { ensureTalkTask } from '../_lib/talk-tasks'
import { alertIdOf, raiseAlert } from '../_lib/alerts'
import { counselorsFor } from '../_lib/responsible'
import { reportIdOf, reportView } from './shared'
import { requireCurrentTerm } from '../_lib/term'
import type { z } from 'zod'

type SubmitInput = z.output<typeof submitReportSchema>

const WEEK_ERRORS = {
  out_of_range: ['WEEK.OUT_OF_RANGE', '周次不在本学期范围内'],
  off: ['WEEK.OFF', '该周为假期，无需填报'],
  not_started: ['WEEK.NOT_STARTED', '该周尚未开始'],
} as const

/** 周次检查：未开始 / 假期 / 超出范围各有代码，并指明字段 week */
export function assertFileableWeek(term: TermDoc, week: number, now: Date): void {
  const check = canFileWeek(term, week, now)
  if (check === 'ok') return
  const [code, message] = WEEK_ERRORS[check]
  throw new AppError(code, undefined, { fields: [{ path: 'week', message }] })
}

/** 关注条目 id：同一学生在同一份周报中只有一条，id 由学生派生，跨修订稳定 */
export const concernIdOf = (studentId: string): string => `c-${studentId}`

/** 校验关注条目的学生都在本单位名册内；返回完整条目 */
async function buildConcerns(db: Database, caller: Caller, input: SubmitInput, now: Date): Promise<ConcernEntry[]> {
  const students = await getByIds<StudentDoc>(db, COLLECTIONS.students, input.concerns.map((c) => c.studentId))
  const errors: FieldError[] = []
  const entries: ConcernEntry[] = []
  const today = shanghaiDate(now)
  input.concerns.forEach((c, i) => {
    if (c.observedOn && c.observedOn > today) errors.push({ path: `concerns.${i}.observedOn`, message: '发现日期不能晚于今天' })
    const s = students.get(c.studentId)
    const inUnit = s && studentInScope(caller, s) && (input.kind === 'class' ? s.classId : s.dormId) === input.unitId
    if (!s || !inUnit) {
      errors.push({ path: `concerns.${i}.studentId`, message: '该学生不在你负责的名册中，请从名册中选择' })
      return
    }
    const entry: ConcernEntry = {
      id: concernIdOf(s._id),
      studentId: s._id,
      studentName: s.name,
      classId: s.classId,
      dormId: s.dormId,
      categories: c.categories,
      level: c.level,
      description: c.description,
      measures: c.measures,
      needsTalk: c.needsTalk,
    }
    if (c.observedOn) entry.observedOn = c.observedOn
    entries.push(entry)
  })
  if (errors.length) throw new AppError('INPUT.INVALID', undefined, { fields: errors })
  return entries
}

function revisionOf(n: number, input: SubmitInput, concerns: ConcernEntry[], caller: Caller, now: Date): WeeklyReportRevision {
  return {
    revision: n, submittedAt: now, idempotencyKey: input.idempotencyKey, submittedBy: caller.person._id, submittedByName: caller.person.name,
    hasConcern: input.hasConcern, overall: input.overall, majorEvents: input.majorEvents, concerns,
  }
}

/** 本次提交要写入的内容字段（新建与修改共用） */
function contentOf(input: SubmitInput, concerns: ConcernEntry[]) {
  return {
    hasConcern: input.hasConcern,
    overall: input.overall,
    majorEvents: input.majorEvents,
    concerns,
    concernLevels: [...new Set(concerns.map((c) => c.level))],
    concernCategories: [...new Set(concerns.flatMap((c) => c.categories))],
    studentIds: concerns.map((c) => c.studentId),
  }
}

const isReplay = (r: WeeklyReportDoc, key: string) => r.revisions.some((x) => x.idempotencyKey === key)

/** 写入后的后续动作：约谈任务与即时报告（确定性 id，重复执行无副作用） */
export async function applySideEffects(db: Database, r: WeeklyReportDoc, now: Date): Promise<void> {
  await Promise.all(
    r.concerns.map(async (c) => {
      const student = { _id: c.studentId, name: c.studentName, classId: c.classId, dormId: c.dormId }
      if (c.level === 'crisis') {
        // 危机条目：即时报告（其约谈任务随告警建立，不再另建周报任务）
        await raiseAlert(db, {
          _id: alertIdOf(`concern:${r._id}#${c.id}`), stationId: r.stationId, student, source: 'concern', reportId: r._id, concernId: c.id,
          reporterId: r.reporterId, reporterName: r.reporterName, level: c.level, description: c.description,
        }, now)
      } else if (c.needsTalk) {
        await ensureTalkTask(
          db,
          { stationId: r.stationId, student, source: 'weekly_concern', sourceId: `${r._id}#${c.id}`, level: c.level, description: c.description },
          () => counselorsFor(db, r.stationId, c.classId, c.dormId, now),
          now,
        )
      }
    }),
  )
}

export const submitReport = defineAction(observationsContract['report.submit'], async ({ db, caller, now }, input) => {
    const { unit, terms } = await loadUnitWithTermsInScope<{ _id: string; stationId: string; name: string }>(db, caller, input.kind, input.unitId)
    const term = requireCurrentTerm(terms, now)
    assertFileableWeek(term, input.week, now)
    const concerns = await buildConcerns(db, caller, input, now)
    const id = reportIdOf(term._id, input.week, input.kind, input.unitId)
    const done = async (doc: WeeklyReportDoc) => {
      await applySideEffects(db, doc, now)
      return reportView(doc, unit.name)
    }

    // 多数提交是本周第一次：直接按确定性 _id 插入；已存在则走修改/重试路径
    const fresh: WeeklyReportDoc = {
      _id: id,
      stationId: unit.stationId,
      termId: term._id,
      week: input.week,
      kind: input.kind,
      unitId: input.unitId,
      ...(input.kind === 'class' ? { classId: input.unitId } : { dormId: input.unitId }),
      reporterId: caller.person._id,
      reporterName: caller.person.name,
      ...contentOf(input, concerns),
      status: 'submitted',
      firstSubmittedAt: now,
      submittedAt: now,
      onTime: isOnTime(weekWindow(term, input.week), now),
      revision: 1,
      revisions: [revisionOf(1, input, concerns, caller, now)],
    }
    const first = await insertOrGet(db, COLLECTIONS.weeklyReports, fresh)
    if (first.inserted) return done(fresh)

    let existing: WeeklyReportDoc | null = first.existing
    for (let attempt = 0; attempt < 8 && existing; attempt++) {
      if (isReplay(existing, input.idempotencyKey)) return done(existing)
      if (existing.status === 'reviewed') throw new AppError('REPORT.ALREADY_REVIEWED')
      const next = existing.revision + 1
      // 填报人保持首次提交者（换岗后记录仍归原作者）；每一版的提交人记在修订里
      const patch = {
        ...contentOf(input, concerns),
        status: 'submitted' as const,
        submittedAt: now,
        revision: next,
        revisions: [...existing.revisions, revisionOf(next, input, concerns, caller, now)],
      }
      const updated = await updateWhere(db, COLLECTIONS.weeklyReports, { _id: id, revision: existing.revision, status: existing.status }, patch)
      if (updated === 1) return done({ ...existing, ...patch })
      existing = await getById<WeeklyReportDoc>(db, COLLECTIONS.weeklyReports, id)
    }
    throw new AppError('CONFLICT')
  })
