/**
 * 测试夹具：两个辅导站、一学期、三个班级、三个宿舍、十名学生和每种角色的调用者。
 * 文档形态严格按 docs/data-model.md 与 types/models.ts。要求数据库为空（id 固定、可读）。
 *
 * 范围速查（站点 S）：
 *   班级 A：a1(宿舍A) a2(宿舍A) a3(宿舍B) a4(宿舍C)
 *   班级 B：b1(宿舍B) b2(宿舍B) b3(宿舍A)
 *   班级 C：c1(宿舍C) c2(宿舍C) c3(宿舍B)
 *   counselorA = 班级 A、B + 宿舍 A；counselorB = 班级 C + 宿舍 B、C
 *   committeeA = 班级 A；committeeC = 班级 C；observerA = 宿舍 A；observerC = 宿舍 C
 *   c1 不在任何 “A” 角色的范围内；x1 属于另一站点 S2。
 */
import type { Database } from '../../cloudfunctions/_lib/sdk'
import { ALL_COLLECTIONS, COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import type { Role } from '../../types/domain'
import type {
  ClassDoc, DormDoc, PersonDoc, RoleAssignmentDoc, StationDoc, StudentDoc, TermDoc,
} from '../../types/models'

/** 测试默认时钟：2026-10-21 12:00 北京时间，周三，第 7 周 */
export const FIXTURE_NOW = new Date('2026-10-21T04:00:00Z')

export const FIXTURE_TERM = {
  name: '2026-2027学年第一学期',
  startDate: '2026-09-07',
  weeks: 18,
  weeksOff: [4],
  deadlineWeekday: 7,
  deadlineTime: '22:00',
} as const

export type StudentKey = 'a1' | 'a2' | 'a3' | 'a4' | 'b1' | 'b2' | 'b3' | 'c1' | 'c2' | 'c3' | 'x1'
export type CallerKey =
  | 'head' | 'counselorA' | 'counselorB' | 'committeeA' | 'committeeC'
  | 'observerA' | 'observerC' | 'center' | 'otherHead' | 'expired'

export interface Fixture {
  now: Date
  stationId: string
  otherStationId: string
  termId: string
  otherTermId: string
  classes: { A: string; B: string; C: string }
  dorms: { A: string; B: string; C: string }
  /** 站点 S2 的班级、宿舍（跨站越权样本） */
  otherClassId: string
  otherDormId: string
  /** 学生 id；x1 属于 S2 */
  students: Record<StudentKey, string>
  studentDocs: Record<StudentKey, StudentDoc>
  /** 调用者 openid；unbound 没有 person */
  openids: Record<CallerKey | 'unbound', string>
  personIds: Record<CallerKey, string>
  assignmentIds: Record<CallerKey, string>
}

const S = 'fx-station-S'
const S2 = 'fx-station-S2'

function classDoc(key: string, stationId: string, grade: string, name: string): ClassDoc {
  return { _id: `fx-class-${key}`, stationId, grade, name }
}
function dormDoc(key: string, stationId: string, building: string, room: string): DormDoc {
  return { _id: `fx-dorm-${key}`, stationId, building, room, name: `${building}${room}` }
}

const STUDENT_ROWS: Array<[StudentKey, string, '男' | '女', string, string, string]> = [
  // key, 姓名, 性别, 班级 key, 宿舍 key, 学号
  ['a1', '张晓明', '男', 'A', 'A', '2023010101'],
  ['a2', '李思远', '男', 'A', 'A', '2023010102'],
  ['a3', '王雨涵', '女', 'A', 'B', '2023010103'],
  ['a4', '赵子豪', '男', 'A', 'C', '2023010104'],
  ['b1', '陈佳怡', '女', 'B', 'B', '2023010201'],
  ['b2', '刘欣然', '女', 'B', 'B', '2023010202'],
  ['b3', '杨浩宇', '男', 'B', 'A', '2023010203'],
  ['c1', '黄俊杰', '男', 'C', 'C', '2024010101'],
  ['c2', '周子轩', '男', 'C', 'C', '2024010102'],
  ['c3', '吴梓萱', '女', 'C', 'B', '2024010103'],
  ['x1', '郑文博', '男', 'X', 'X', '2023990101'],
]

interface PersonSpec {
  key: CallerKey
  name: string
  role: Role
  stationId: string | null
  scope?: Partial<Pick<RoleAssignmentDoc, 'classId' | 'dormId' | 'classIds' | 'dormIds'>>
  /** 学生骨干：对应学生 key（学号、保密承诺） */
  student?: StudentKey
  expired?: boolean
}

/** 批量插入（SDK 出错时返回 code 而不抛异常，这里转成异常） */
export async function insertAll(db: Database, collection: string, docs: object[]): Promise<void> {
  const res = (await db.collection(collection).add(docs)) as { code?: string; message?: string }
  if (res.code) throw new Error(`insert into ${collection} failed: ${res.code} ${res.message ?? ''}`)
}

export async function seedFixture(db: Database, opts: { now?: Date } = {}): Promise<Fixture> {
  const now = opts.now ?? FIXTURE_NOW
  const stations: StationDoc[] = [
    { _id: S, name: '机电工程学院', ackLimitMinutes: 30, createdAt: now },
    { _id: S2, name: '外国语学院', ackLimitMinutes: 30, createdAt: now },
  ]
  const terms: TermDoc[] = [
    { _id: 'fx-term-S', stationId: S, ...FIXTURE_TERM, weeksOff: [...FIXTURE_TERM.weeksOff], createdAt: now, updatedAt: now },
    { _id: 'fx-term-S2', stationId: S2, ...FIXTURE_TERM, weeksOff: [...FIXTURE_TERM.weeksOff], createdAt: now, updatedAt: now },
  ]
  const classes: ClassDoc[] = [
    classDoc('A', S, '2023级', '机电2301班'),
    classDoc('B', S, '2023级', '机电2302班'),
    classDoc('C', S, '2024级', '机电2401班'),
    classDoc('X', S2, '2023级', '英语2301班'),
  ]
  const dorms: DormDoc[] = [
    dormDoc('A', S, '12栋', '305'),
    dormDoc('B', S, '12栋', '306'),
    dormDoc('C', S, '13栋', '201'),
    dormDoc('X', S2, '8栋', '101'),
  ]
  const studentDocs = {} as Record<StudentKey, StudentDoc>
  for (const [key, name, gender, c, d, no] of STUDENT_ROWS) {
    studentDocs[key] = {
      _id: `fx-student-${key}`,
      stationId: c === 'X' ? S2 : S,
      studentNo: no,
      name,
      gender,
      classId: `fx-class-${c}`,
      dormId: `fx-dorm-${d}`,
      phone: `1380000${no.slice(-4)}`,
      updatedAt: now,
    }
  }

  const specs: PersonSpec[] = [
    { key: 'head', name: '孙站长', role: 'head', stationId: S },
    { key: 'counselorA', name: '钱老师', role: 'counselor', stationId: S, scope: { classIds: ['fx-class-A', 'fx-class-B'], dormIds: ['fx-dorm-A'] } },
    { key: 'counselorB', name: '冯老师', role: 'counselor', stationId: S, scope: { classIds: ['fx-class-C'], dormIds: ['fx-dorm-B', 'fx-dorm-C'] } },
    { key: 'committeeA', name: studentDocs.a1.name, role: 'committee', stationId: S, scope: { classId: 'fx-class-A' }, student: 'a1' },
    { key: 'committeeC', name: studentDocs.c2.name, role: 'committee', stationId: S, scope: { classId: 'fx-class-C' }, student: 'c2' },
    { key: 'observerA', name: studentDocs.a2.name, role: 'observer', stationId: S, scope: { dormId: 'fx-dorm-A' }, student: 'a2' },
    { key: 'observerC', name: studentDocs.c1.name, role: 'observer', stationId: S, scope: { dormId: 'fx-dorm-C' }, student: 'c1' },
    { key: 'center', name: '何主任', role: 'center', stationId: null },
    { key: 'otherHead', name: '蒋站长', role: 'head', stationId: S2 },
    { key: 'expired', name: studentDocs.a3.name, role: 'committee', stationId: S, scope: { classId: 'fx-class-A' }, student: 'a3', expired: true },
  ]
  const termStart = new Date('2026-09-01T00:00:00Z')
  const people: PersonDoc[] = []
  const assignments: RoleAssignmentDoc[] = []
  const openids = { unbound: 'fx-openid-unbound' } as Fixture['openids']
  const personIds = {} as Fixture['personIds']
  const assignmentIds = {} as Fixture['assignmentIds']
  for (const p of specs) {
    const personId = `fx-person-${p.key}`
    const openid = `fx-openid-${p.key}`
    const person: PersonDoc = { _id: personId, openid, name: p.name, createdAt: now }
    if (p.student) {
      person.studentNo = studentDocs[p.student].studentNo
      person.pledgeAcceptedAt = now
    }
    people.push(person)
    const a: RoleAssignmentDoc = {
      _id: `fx-assignment-${p.key}`,
      personId,
      role: p.role,
      stationId: p.stationId,
      ...p.scope,
      termStart: p.expired ? new Date('2025-09-01T00:00:00Z') : termStart,
      termEnd: p.expired ? new Date('2026-07-01T00:00:00Z') : null,
      endedAt: null,
      createdAt: p.expired ? new Date('2025-09-01T00:00:00Z') : termStart,
    }
    assignments.push(a)
    openids[p.key] = openid
    personIds[p.key] = personId
    assignmentIds[p.key] = a._id
  }

  await Promise.all([
    insertAll(db, COLLECTIONS.stations, stations),
    insertAll(db, COLLECTIONS.terms, terms),
    insertAll(db, COLLECTIONS.classes, classes),
    insertAll(db, COLLECTIONS.dorms, dorms),
    insertAll(db, COLLECTIONS.students, Object.values(studentDocs)),
    insertAll(db, COLLECTIONS.people, people),
    insertAll(db, COLLECTIONS.roleAssignments, assignments),
  ])

  const students = Object.fromEntries(Object.entries(studentDocs).map(([k, s]) => [k, s._id])) as Record<StudentKey, string>
  return {
    now,
    stationId: S,
    otherStationId: S2,
    termId: 'fx-term-S',
    otherTermId: 'fx-term-S2',
    classes: { A: 'fx-class-A', B: 'fx-class-B', C: 'fx-class-C' },
    dorms: { A: 'fx-dorm-A', B: 'fx-dorm-B', C: 'fx-dorm-C' },
    otherClassId: 'fx-class-X',
    otherDormId: 'fx-dorm-X',
    students,
    studentDocs,
    openids,
    personIds,
    assignmentIds,
  }
}

/** 清空全部集合（授权矩阵等在同一模拟器内反复重建夹具时使用） */
export async function clearDatabase(db: Database): Promise<void> {
  const _ = db.command
  await Promise.all(
    ALL_COLLECTIONS.map(async (name) => {
      const res = (await db.collection(name).where({ _id: _.exists(true) }).remove()) as { code?: string; message?: string }
      if (res.code) throw new Error(`clear ${name} failed: ${res.code} ${res.message ?? ''}`)
    }),
  )
}
