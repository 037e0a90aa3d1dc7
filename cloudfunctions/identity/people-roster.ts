/**
 * people.list 的读取：本站全部任职连同本人与结束人（一次聚合，在数据库端合成一行），以及本站与其班级、宿舍（一次）。
 * 请求数 2，不随站内人数增长（逐页读任职、每 500 人一批读本人、按 id 读班级宿舍时，1,800 名学生骨干要 13 次）。
 */
import type { PersonDoc, RoleAssignmentDoc, StationDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { runPipeline, unwrap } from '../_lib/dbops'
import type { Database } from '../_lib/sdk'
import { loadStationParts } from '../_lib/station'
import type { NameBook } from './util'

const FIELDS = ['_id', 'personId', 'role', 'stationId', 'classId', 'dormId', 'classIds', 'dormIds', 'termStart', 'termEnd', 'endedAt', 'endedBy', 'inviteId', 'createdAt'] as const

type Row = RoleAssignmentDoc & { p: PersonDoc[]; e: PersonDoc[] }

/** 本站全部任职（任期开始由近及远）、其中出现的人员，与名称簿 */
export async function loadStationPeople(db: Database, stationId: string): Promise<{ all: RoleAssignmentDoc[]; people: Map<string, PersonDoc>; book: NameBook }> {
  const [res, parts, stationRes] = await Promise.all([
    runPipeline(db, COLLECTIONS.roleAssignments, [
      { $match: { stationId } },
      { $sort: { termStart: -1, _id: 1 } },
      { $lookup: { from: COLLECTIONS.people, localField: 'personId', foreignField: '_id', as: 'p' } },
      { $lookup: { from: COLLECTIONS.people, localField: 'endedBy', foreignField: '_id', as: 'e' } },
      { $group: { _id: null, rows: { $push: { ...Object.fromEntries(FIELDS.map((f) => [f, `$${f}`])), p: '$p', e: '$e' } } } },
      { $limit: 1 },
    ]),
    loadStationParts(db, stationId, ['classes', 'dorms']),
    db.collection(COLLECTIONS.stations).doc(stationId).get(),
  ])
  const rows = ((unwrap(res) as { data?: Array<{ rows: Row[] }> }).data ?? [])[0]?.rows ?? []
  const people = new Map<string, PersonDoc>()
  const all = rows.map(({ p, e, ...a }) => {
    for (const x of [...p, ...e]) people.set(x._id, x)
    // $push 的缺省字段为 null / 缺失：去掉缺失的可选字段，与直接读出的文档一致
    return Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as unknown as RoleAssignmentDoc
  })
  const station = ((unwrap(stationRes) as { data?: StationDoc[] }).data ?? [])[0]
  return {
    all,
    people,
    book: {
      stations: new Map(station ? [[station._id, station]] : []),
      classes: new Map(parts.classes.map((c) => [c._id, c])),
      dorms: new Map(parts.dorms.map((d) => [d._id, d])),
    },
  }
}
