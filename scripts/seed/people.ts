/** 演示使用者与任职：站长（兼辅导员）、4 名辅导员、心理委员、观察员、一段交接历史、校心理中心、另一站站长 */
import type { PersonDoc, RoleAssignmentDoc, StudentDoc } from '../../types/models'
import type { DemoCalendar, StationData } from './org'

export interface PeopleData {
  people: PersonDoc[]
  assignments: RoleAssignmentDoc[]
}

/** 人员工具：openid 固定，_id 由 openid 派生；日期取自演示校历 */
function builder(cal: DemoCalendar) {
  const TERM_START = cal.staffSince
  const EARLIER = cal.earlier
  const people: PersonDoc[] = []
  const assignments: RoleAssignmentDoc[] = []
  const person = (openid: string, name: string, student?: StudentDoc): PersonDoc => {
    const p: PersonDoc = { _id: `p-${openid}`, openid, name, createdAt: EARLIER }
    if (student) Object.assign(p, { studentNo: student.studentNo, pledgeAcceptedAt: new Date(cal.handoverAt.getTime() + 30 * 60_000) })
    people.push(p)
    return p
  }
  const assign = (p: PersonDoc, role: RoleAssignmentDoc['role'], stationId: string | null, scope: Partial<RoleAssignmentDoc> = {}) => {
    const a: RoleAssignmentDoc = {
      _id: `a-${p.openid}-${role}`,
      personId: p._id,
      role,
      stationId,
      termStart: TERM_START,
      termEnd: null,
      endedAt: null,
      createdAt: TERM_START,
      ...scope,
    }
    assignments.push(a)
    return a
  }
  return { people, assignments, person, assign }
}

/** 宿舍里住得最多的班级 */
function mainClassOfDorm(students: StudentDoc[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>()
  for (const s of students) {
    const m = counts.get(s.dormId) ?? new Map<string, number>()
    m.set(s.classId, (m.get(s.classId) ?? 0) + 1)
    counts.set(s.dormId, m)
  }
  const out = new Map<string, string>()
  for (const [dorm, m] of counts) out.set(dorm, [...m.entries()].sort((a, b) => b[1] - a[1])[0][0])
  return out
}

export function buildPeople(main: StationData, second: StationData, cal: DemoCalendar): PeopleData {
  const { people, assignments, person, assign } = builder(cal)
  const EARLIER = cal.earlier
  const S = main.station._id
  const cls = main.classes
  const byName = (name: string) => cls.find((c) => c.name === name)!
  const dormMain = mainClassOfDorm(main.students)
  const dormsOf = (classIds: string[]) => main.dorms.filter((d) => classIds.includes(dormMain.get(d._id) ?? '')).map((d) => d._id)
  const firstOf = (classId: string, skip = 0) => main.students.filter((s) => s.classId === classId)[skip]

  // 20 个班按顺序分给 5 个辅导员任职（站长兼任一个）
  const groups = [cls.slice(0, 4), cls.slice(4, 8), cls.slice(8, 12), cls.slice(12, 16), cls.slice(16, 20)].map((g) => g.map((c) => c._id))
  const counselors: Array<[string, string]> = [
    ['demo-counselor-1', '王志强'],
    ['demo-counselor-2', '李敏'],
    ['demo-counselor-3', '陈晓东'],
    ['demo-counselor-4', '刘婷'],
  ]
  counselors.forEach(([openid, name], i) => {
    assign(person(openid, name), 'counselor', S, { classIds: groups[i], dormIds: dormsOf(groups[i]) })
  })
  const head = person('demo-head', '孙丽华')
  assign(head, 'head', S)
  assign(head, 'counselor', S, { classIds: groups[4], dormIds: dormsOf(groups[4]) })

  // 心理委员：每人一个班，本人是该班学生
  const committeeClasses = ['机电2501班', '机电2502班', '自动化2501班', '机电2401班', '自动化2301班']
  committeeClasses.forEach((name, i) => {
    const c = byName(name)
    const s = firstOf(c._id, 2 + i)
    const p = person(`demo-committee-${i + 1}`, s.name, s)
    const a = assign(p, 'committee', S, { classId: c._id })
    if (i === 0) {
      // 换岗交接历史：上一任委员的任职已由站长结束，现任通过接替邀请码绑定
      const prevStudent = firstOf(c._id, 0)
      const prev = person('demo-committee-former', prevStudent.name, prevStudent)
      assign(prev, 'committee', S, {
        classId: c._id, termStart: EARLIER, createdAt: EARLIER, endedAt: cal.handoverAt, endedBy: head._id,
      })
      a.termStart = new Date(cal.handoverAt.getTime() + 30 * 60_000)
      a.createdAt = a.termStart
    }
  })

  // 宿舍观察员：本人住在该宿舍
  const observerDorms = [
    dormsOf([byName('机电2501班')._id])[0],
    dormsOf([byName('自动化2501班')._id])[0],
    dormsOf([byName('机电2401班')._id])[0],
    main.dorms.find((d) => d.building === '5栋')!._id,
  ]
  observerDorms.forEach((dormId, i) => {
    const s = main.students.filter((x) => x.dormId === dormId)[1]
    assign(person(`demo-observer-${i + 1}`, s.name, s), 'observer', S, { dormId })
  })

  assign(person('demo-center', '何静'), 'center', null)
  assign(person('demo-head-2', '蒋文博'), 'head', second.station._id)
  return { people, assignments }
}
