/** identity 函数内部共用：名称与范围说明、时刻、搜索词与 id（数据库读写见 _lib/dbops.ts）。 */
import { randomBytes } from 'node:crypto'
import type { Role } from '../../types/domain'
import { ROLE_LABELS } from '../../types/domain'
import type { AssignmentView } from '../../types/api/identity'
import type { ClassDoc, DormDoc, RoleAssignmentDoc, StationDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { getByIds } from '../_lib/dbops'
import type { Database } from '../_lib/sdk'

export const iso = (d: Date | string | null | undefined): string | undefined =>
  d ? new Date(d).toISOString() : undefined

/** 正则转义：搜索词按字面匹配 */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** 生成文档 id（24 位十六进制） */
export function newId(): string {
  return randomBytes(12).toString('hex')
}

export interface NameBook {
  stations: Map<string, StationDoc>
  classes: Map<string, ClassDoc>
  dorms: Map<string, DormDoc>
}

type ScopeFields = Pick<RoleAssignmentDoc, 'role' | 'stationId' | 'classId' | 'dormId' | 'classIds' | 'dormIds'>

/** 读取任职涉及的站点、班级、宿舍名称 */
export async function loadNames(db: Database, list: ScopeFields[]): Promise<NameBook> {
  const stationIds = list.map((a) => a.stationId).filter((x): x is string => !!x)
  const classIds = list.flatMap((a) => [a.classId ?? '', ...(a.classIds ?? [])])
  const dormIds = list.flatMap((a) => [a.dormId ?? '', ...(a.dormIds ?? [])])
  const [stations, classes, dorms] = await Promise.all([
    getByIds<StationDoc>(db, COLLECTIONS.stations, stationIds),
    getByIds<ClassDoc>(db, COLLECTIONS.classes, classIds),
    getByIds<DormDoc>(db, COLLECTIONS.dorms, dormIds),
  ])
  return { stations, classes, dorms }
}

function listLabel(names: string[], unit: string): string {
  if (names.length === 0) return ''
  if (names.length <= 2) return names.join('、')
  return `${names.slice(0, 2).join('、')}等${names.length}${unit}`
}

/** 范围的中文说明 */
export function scopeLabel(a: ScopeFields, book: NameBook): string {
  const station = a.stationId ? book.stations.get(a.stationId)?.name ?? '' : ''
  switch (a.role) {
    case 'committee':
      return book.classes.get(a.classId ?? '')?.name ?? '（班级已删除）'
    case 'observer':
      return book.dorms.get(a.dormId ?? '')?.name ?? '（宿舍已删除）'
    case 'counselor': {
      const c = listLabel((a.classIds ?? []).map((x) => book.classes.get(x)?.name ?? '').filter(Boolean), '个班级')
      const d = listLabel((a.dormIds ?? []).map((x) => book.dorms.get(x)?.name ?? '').filter(Boolean), '间宿舍')
      return [c, d].filter(Boolean).join('；') || '未分配班级与宿舍'
    }
    case 'head':
      return station
    case 'center':
      return '全校'
  }
}

export function assignmentView(a: RoleAssignmentDoc, book: NameBook): AssignmentView {
  return {
    _id: a._id,
    role: a.role,
    stationId: a.stationId,
    stationName: a.stationId ? book.stations.get(a.stationId)?.name ?? '' : ROLE_LABELS.center,
    scopeLabel: scopeLabel(a, book),
    termStart: iso(a.termStart)!,
    termEnd: iso(a.termEnd) ?? null,
  }
}

export const roleLabel = (r: Role | string): string => (ROLE_LABELS as Record<string, string>)[r] ?? r
