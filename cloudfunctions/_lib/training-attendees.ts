/**
 * 培训的应到人员：由培训对象（角色 × 年级，或点名的工作人员）与培训开始时刻在任的任职推导（同一人只算一次）。
 * 学生骨干的年级：心理委员取所在班级的年级；宿舍心理观察员取其本人（按学号）所在班级的年级。
 *
 * 推导只有一处：先一次读出本站的任职名册（loadRoster：全部任职连同本人与按学号找到的学生，在数据库端合成一行，
 * 加本站班级；请求数 2，不随场次与站点规模增长），再在内存里为每场培训算（expectedFrom / cadresFrom）。
 * 培训列表、覆盖矩阵、签到与月报的工作台账节都这样读；只算一场时用 expectedFor。
 */
import { isAssignmentActive } from './access'
import { COLLECTIONS } from './collections'
import { runPipeline, unwrap } from './dbops'
import type { Database } from './sdk'
import { loadStationParts } from './station'
import { audienceIncludes } from './training-audience'
import type { Role } from '../../types/domain'
import type { ClassDoc, RoleAssignmentDoc } from '../../types/models'
import type { CadreRole, TrainingDoc } from '../../types/models-ledger'

export interface Attendee {
  personId: string
  name: string
  role: Role
  grade: string | null
  classId?: string
  dormId?: string
}

type Held = Pick<RoleAssignmentDoc, 'personId' | 'role' | 'classId' | 'dormId' | 'termStart' | 'termEnd' | 'endedAt'>
interface RosterRow extends Held {
  p: Array<{ name?: string; studentNo?: string }>
  s: Array<{ stationId: string; studentNo: string; classId: string }>
}

export interface Roster {
  rows: RosterRow[]
  classes: ClassDoc[]
  stationId: string
}

export async function loadRoster(db: Database, stationId: string): Promise<Roster> {
  const [res, parts] = await Promise.all([
    runPipeline(db, COLLECTIONS.roleAssignments, [
      { $match: { stationId } },
      { $lookup: { from: COLLECTIONS.people, localField: 'personId', foreignField: '_id', as: 'p' } },
      { $lookup: { from: COLLECTIONS.students, localField: 'p.studentNo', foreignField: 'studentNo', as: 's' } },
      {
        $group: {
          _id: null,
          rows: {
            $push: {
              personId: '$personId', role: '$role', classId: '$classId', dormId: '$dormId', termStart: '$termStart', termEnd: '$termEnd', endedAt: '$endedAt',
              p: '$p', s: '$s',
            },
          },
        },
      },
      { $limit: 1 },
    ]),
    loadStationParts(db, stationId, ['classes']),
  ])
  const row = ((unwrap(res) as { data?: Array<{ rows: RosterRow[] }> }).data ?? [])[0]
  return { rows: row?.rows ?? [], classes: parts.classes, stationId }
}

function attendeeOf(r: RosterRow, roster: Roster, grades: Map<string, string>, withGrade: boolean): Attendee {
  const person = r.p[0]
  const own = r.role === 'committee' ? r.classId : r.s.find((s) => s.stationId === roster.stationId && s.studentNo === person?.studentNo)?.classId
  return {
    personId: r.personId, name: person?.name ?? '', role: r.role,
    grade: withGrade ? (own && grades.get(own)) || null : null,
    ...(withGrade && r.classId ? { classId: r.classId } : {}),
    ...(withGrade && r.dormId ? { dormId: r.dormId } : {}),
  }
}

/** isAssignmentActive 只看任期字段 */
const active = (r: Held, at: Date): boolean => isAssignmentActive(r as unknown as RoleAssignmentDoc, at)

const gradesOf = (roster: Roster) => new Map(roster.classes.map((c) => [c._id, c.grade]))

/** 在 instant 在任的学生骨干（每条任职一条：同时是委员与观察员时各一条） */
export function cadresFrom(roster: Roster, instant: Date, roles: readonly CadreRole[] = ['committee', 'observer']): Attendee[] {
  const grades = gradesOf(roster)
  return roster.rows
    .filter((r) => (roles as readonly string[]).includes(r.role) && active(r, instant))
    .map((r) => attendeeOf(r, roster, grades, true))
}

/** 一场培训的应到人员（按培训开始时刻在任的任职；同一人只算一次） */
export function expectedFrom(roster: Roster, t: Pick<TrainingDoc, 'audience' | 'unitScope' | 'startsAt'>): Attendee[] {
  const at = new Date(t.startsAt)
  const list = t.audience.kind === 'cadres'
    ? cadresFrom(roster, at, t.audience.roles).filter((c) => audienceIncludes(t, c))
    : roster.rows
      .filter((r) => (t.audience.kind === 'staff' && t.audience.personIds.includes(r.personId)) && active(r, at))
      .map((r) => attendeeOf(r, roster, new Map(), false))
  const seen = new Set<string>()
  return list.filter((x) => !seen.has(x.personId) && !!seen.add(x.personId))
    .sort((a, b) => (a.grade ?? '').localeCompare(b.grade ?? '') || a.name.localeCompare(b.name, 'zh'))
}

/** 一场培训的应到人员（读一次名册；要算多场时先 loadRoster，再逐场 expectedFrom） */
export async function expectedFor(db: Database, t: Pick<TrainingDoc, 'stationId' | 'audience' | 'unitScope' | 'startsAt'>): Promise<Attendee[]> {
  return expectedFrom(await loadRoster(db, t.stationId), t)
}
