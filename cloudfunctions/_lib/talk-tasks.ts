/**
 * 约谈任务（talk_tasks）：_id 由来源确定（'<source>:<sourceId>'），重复提交、重试不会产生第二个任务。
 * observations 创建（周报“需要辅导员约谈”、即时报告），counseling 记录谈话后关闭。
 */
import type { Level } from '../../types/domain'
import type { TalkTaskDoc } from '../../types/models-observations'
import { COLLECTIONS } from './collections'
import { getById, insertOnce } from './dbops'
import type { Database } from './sdk'

export type TalkTaskSource = TalkTaskDoc['source']

/** 任务的确定性 id */
export function talkTaskIdOf(source: TalkTaskSource, sourceId: string): string {
  return `${source}:${sourceId}`
}

export interface TalkTaskSpec {
  stationId: string
  student: { _id: string; name: string; classId: string; dormId: string }
  source: TalkTaskSource
  sourceId: string
  level?: Level
  description?: string
}

/**
 * 确保任务存在（已存在则不动它，包括已关闭的任务）。
 * counselorIds 只在需要新建时才计算。返回 true 表示本次新建。
 */
export async function ensureTalkTask(
  database: Database,
  spec: TalkTaskSpec,
  counselorIds: () => Promise<string[]>,
  now: Date,
): Promise<boolean> {
  const _id = talkTaskIdOf(spec.source, spec.sourceId)
  if (await getById(database, COLLECTIONS.talkTasks, _id)) return false
  const doc: TalkTaskDoc = {
    _id,
    stationId: spec.stationId,
    studentId: spec.student._id,
    studentName: spec.student.name,
    classId: spec.student.classId,
    dormId: spec.student.dormId,
    counselorIds: await counselorIds(),
    source: spec.source,
    sourceId: spec.sourceId,
    createdAt: now,
    status: 'open',
  }
  if (spec.level) doc.level = spec.level
  if (spec.description) doc.description = spec.description.slice(0, 200)
  return insertOnce(database, COLLECTIONS.talkTasks, doc)
}
