/**
 * 责任人查找：某学生/单位的辅导员、站长、填报人（通知与任务分派用）。各云函数共用。
 */
import type { RoleAssignmentDoc } from '../../types/models'
import { isAssignmentActive } from './access'
import { COLLECTIONS } from './collections'
import { fetchAll, runPipeline, unwrap } from './dbops'
import type { Database } from './sdk'

/** 站点内在 now 生效的任职 */
async function activeAssignments(db: Database, stationId: string, roles: string[], now: Date): Promise<RoleAssignmentDoc[]> {
  const _ = db.command
  const rows = await fetchAll<RoleAssignmentDoc>(db.collection(COLLECTIONS.roleAssignments).where({ stationId, role: _.in(roles) }))
  return rows.filter((a) => isAssignmentActive(a, now))
}

/** 负责某学生（或某班级/宿舍）的辅导员 personId */
export async function counselorsFor(db: Database, stationId: string, classId: string | undefined, dormId: string | undefined, now: Date): Promise<string[]> {
  const rows = await activeAssignments(db, stationId, ['counselor'], now)
  const ids = rows
    .filter((a) => (classId && (a.classIds ?? []).includes(classId)) || (dormId && (a.dormIds ?? []).includes(dormId)))
    .map((a) => a.personId)
  return [...new Set(ids)]
}

/** 站点的站长 personId */
export async function headsOf(db: Database, stationId: string, now: Date): Promise<string[]> {
  const rows = await activeAssignments(db, stationId, ['head'], now)
  return [...new Set(rows.map((a) => a.personId))]
}

/** 一名填报人：任职的 personId 与其姓名 */
export interface Reporter {
  personId: string
  name: string
}

type ReporterRow = Pick<RoleAssignmentDoc, 'personId' | 'role' | 'classId' | 'dormId' | 'termStart' | 'termEnd' | 'endedAt'> & { name?: string | null }

/**
 * 各单位的填报人（committee / observer）连同姓名：一次聚合（任职 $lookup 本人，在数据库端合成一行），
 * 请求数 1，不随站内学生骨干的人数增长（逐页读任职再每 500 人一批读姓名，1,800 名学生骨干要 6 次）。
 */
export async function reportersOf(db: Database, stationId: string, now: Date, unit?: { kind: 'class' | 'dorm'; unitId: string }): Promise<Map<string, Reporter[]>> {
  // 只要一个单位时只读它的任职（周报退回通知它的现任填报人），不读全站
  const only = unit ? (unit.kind === 'class' ? { role: 'committee', classId: unit.unitId } : { role: 'observer', dormId: unit.unitId }) : { role: { $in: ['committee', 'observer'] } }
  const res = await runPipeline(db, COLLECTIONS.roleAssignments, [
    { $match: { stationId, ...only } },
    { $lookup: { from: COLLECTIONS.people, localField: 'personId', foreignField: '_id', as: 'p' } },
    { $sort: { _id: 1 } },
    {
      $group: {
        _id: null,
        rows: {
          $push: {
            personId: '$personId', role: '$role', classId: '$classId', dormId: '$dormId',
            termStart: '$termStart', termEnd: '$termEnd', endedAt: '$endedAt', name: { $arrayElemAt: ['$p.name', 0] },
          },
        },
      },
    },
    { $limit: 1 },
  ])
  const rows = ((unwrap(res) as { data?: Array<{ rows: ReporterRow[] }> }).data ?? [])[0]?.rows ?? []
  const map = new Map<string, Reporter[]>()
  for (const a of rows) {
    if (!isAssignmentActive(a as RoleAssignmentDoc, now)) continue
    const key = a.role === 'committee' ? `class:${a.classId}` : `dorm:${a.dormId}`
    if (!map.has(key)) map.set(key, [])
    map.get(key)!.push({ personId: a.personId, name: a.name ?? '' })
  }
  return map
}

/** 站点内在任的辅导员 personId（站长工作台的“收不到提醒的辅导员”） */
export async function counselorsOf(db: Database, stationId: string, now: Date): Promise<string[]> {
  const rows = await activeAssignments(db, stationId, ['counselor'], now)
  return [...new Set(rows.map((a) => a.personId))]
}
