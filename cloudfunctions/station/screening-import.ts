/**
 * screening.import（站长）：参测名单经云存储上传，整份校验后写入。
 * 应参测 = 导入这一刻目标年级的名册；名单中有的为已参测（带结果等级）。再次导入以新名单为准更新同一批记录
 * （_id = '<轮次>:<学生>'，不会重复）：班级随名册更新（轮次中途转班的学生），已不在目标年级的学生不再计入，
 * 辅导员登记的原因与补测标记保留。结果等级属于需约谈等级的学生成为其辅导员的约谈任务（来源 普测，审计）。
 */
import { type ScreeningImportOutput } from '../../types/api/station'
import type { ClassDoc, StudentDoc } from '../../types/models'
import type { ScreeningParticipantDoc, ScreeningRoundDoc } from '../../types/models-station'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll, getById, unwrap } from '../_lib/dbops'
import { notFound } from '../_lib/errors'
import { acceptUpload, discardFile } from '../_lib/files'
import { defineAction } from '../_lib/handler'
import { stationContract } from '../../types/api/station.contract'
import { counselorsFor } from '../_lib/responsible'
import { ensureTalkTask } from '../_lib/talk-tasks'
import type { Database } from '../_lib/sdk'
import { screeningRates } from '../../domain/station/screening'
import { readScreeningTable, validateScreeningTable } from './screening-file'

export const participantIdOf = (roundId: string, studentId: string): string => `${roundId}:${studentId}`

const PARALLEL = 8
async function inParallel<T>(items: T[], fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await fn(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker))
}

async function writeParticipant(db: Database, doc: ScreeningParticipantDoc): Promise<void> {
  const { _id, ...rest } = doc
  unwrap(await db.collection(COLLECTIONS.screeningParticipants).doc(_id).set(rest))
}

export const screeningImport = defineAction(stationContract['screening.import'], async (ctx, input): Promise<ScreeningImportOutput> => {
    const { db, caller, now, audit } = ctx
    const round = await getById<ScreeningRoundDoc>(db, COLLECTIONS.screeningRounds, input.roundId)
    if (!round || round.stationId !== caller.stationId) throw notFound()
    const { file, content } = await acceptUpload(ctx, 'screening', input.fileID)
    // 名单只用这一次：读出后即从存储删除（含学号与结果等级）
    await discardFile(db, file)
    const table = await readScreeningTable(file.filename, content)
    const stationId = round.stationId
    const [classes, students, previous] = await Promise.all([
      fetchAll<ClassDoc>(db.collection(COLLECTIONS.classes).where({ stationId })),
      fetchAll<StudentDoc>(db.collection(COLLECTIONS.students).where({ stationId })),
      fetchAll<ScreeningParticipantDoc>(db.collection(COLLECTIONS.screeningParticipants).where({ roundId: round._id })),
    ])
    const grade = new Map(classes.map((c) => [c._id, c.grade]))
    const gradeOf = (s: StudentDoc) => grade.get(s.classId) ?? ''
    const roster = new Map(students.map((s) => [s.studentNo, s]))
    const rows = validateScreeningTable(table, roster, gradeOf, round.targetGrades)

    const listed = new Map(rows.map((r) => [r.student._id, r]))
    const before = new Map(previous.map((p) => [p.studentId, p]))
    const eligible = students.filter((s) => round.targetGrades.includes(gradeOf(s)))
    const eligibleIds = new Set(eligible.map((s) => s._id))
    const docs: ScreeningParticipantDoc[] = eligible.map((s) => {
      const prev = before.get(s._id)
      const row = listed.get(s._id)
      return {
        _id: participantIdOf(round._id, s._id), roundId: round._id, stationId, studentId: s._id, studentNo: s.studentNo, studentName: s.name,
        classId: s.classId, dormId: s.dormId, eligible: true, tookPart: !!row, madeUp: prev?.madeUp ?? false,
        ...(row?.tier ? { tier: row.tier } : {}), ...(prev?.reason ? { reason: prev.reason } : {}), updatedAt: now,
      }
    })
    const left = previous.filter((p) => p.eligible && !eligibleIds.has(p.studentId)).map((p) => ({ ...p, eligible: false, updatedAt: now }))
    await inParallel([...docs, ...left], (d) => writeParticipant(db, d))

    let tasksCreated = 0
    const flagged = rows.filter((r) => r.tier && round.flaggedTiers.includes(r.tier))
    for (const r of flagged) {
      const s = r.student
      const created = await ensureTalkTask(db, {
        stationId, student: s, source: 'screening', sourceId: participantIdOf(round._id, s._id),
        description: `${round.name}：结果等级 ${r.tier}`,
      }, () => counselorsFor(db, stationId, s.classId, s.dormId, now), now)
      if (created) tasksCreated++
    }
    const lastImport = { at: now, by: caller.person._id, byName: caller.person.name, filename: file.filename, rows: rows.length, eligible: docs.length }
    unwrap(await db.collection(COLLECTIONS.screeningRounds).doc(round._id).update({ lastImport, updatedAt: now }))
    await audit('station.screening.import', [round._id, ...flagged.map((r) => r.student._id)])
    const rates = screeningRates(docs).round
    return { rows: rows.length, eligible: docs.length, participated: rates.participated, tasksCreated, leftRound: left.length, rates }
  })
