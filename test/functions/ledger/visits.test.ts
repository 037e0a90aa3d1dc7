/**
 * 深入宿舍：只能走访自己负责的宿舍；需关注学生生成约谈任务或记为关注；月度覆盖按辅导员统计。
 */
import { bj, C, setup, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
})
afterAll(() => h.env.close())

const visit = (dormId: string, extra: Record<string, unknown> = {}) => ({ dormId, date: '2026-10-20', findings: '宿舍整洁，作息规律。', concerns: [], ...extra })

test('走访负责宿舍：需约谈的学生生成一个约谈任务，重试不重复', async () => {
  h.at(bj('2026-10-21', '10:00'))
  const v = await h.ok('counselorA', 'visit.create', visit(h.fx.dorms.A, {
    requestId: 'visit-1',
    concerns: [
      { studentId: h.fx.students.a1, follow: 'talk_task', level: 'general', note: '近期晚归，情绪低落' },
      { studentId: h.fx.students.b3, follow: 'concern', level: 'general', note: '与室友有摩擦' },
    ],
  }))
  expect(v.concerns.map((c: { studentName: string }) => c.studentName)).toEqual(['张晓明', '杨浩宇'])
  await h.ok('counselorA', 'visit.create', visit(h.fx.dorms.A, { requestId: 'visit-1', concerns: [{ studentId: h.fx.students.a1, follow: 'talk_task', level: 'general', note: '近期晚归，情绪低落' }] }))
  expect(await h.count(C.dormVisits, {})).toBe(1)
  const tasks = await h.env.db.collection(C.talkTasks).where({ source: 'dorm_visit' }).get()
  expect((tasks as { data: Array<{ studentId: string; counselorIds: string[]; status: string }> }).data).toEqual([
    expect.objectContaining({ studentId: h.fx.students.a1, counselorIds: [h.fx.personIds.counselorA], status: 'open' }),
  ])
})

test('范围外的宿舍、非本宿舍学生、未来日期都被拒，什么也不写', async () => {
  h.at(bj('2026-10-21', '10:00'))
  const before = await h.count(C.dormVisits, {})
  await h.fail('counselorA', 'visit.create', visit(h.fx.dorms.C), 'NOT_FOUND')
  await h.fail('counselorA', 'visit.create', visit(h.fx.otherDormId), 'NOT_FOUND')
  await h.fail('counselorA', 'visit.create', visit(h.fx.dorms.A, { concerns: [{ studentId: h.fx.students.a3, follow: 'talk_task', level: 'key', note: '不在本宿舍' }] }), 'INPUT.INVALID')
  await h.fail('counselorA', 'visit.create', visit(h.fx.dorms.A, { date: '2026-10-22' }), 'DATE.IN_FUTURE')
  await h.fail('head', 'visit.create', visit(h.fx.dorms.A), 'AUTH.FORBIDDEN')
  expect(await h.count(C.dormVisits, {})).toBe(before)
  expect(await h.count(C.talkTasks, { studentId: h.fx.students.a3 })).toBe(0)
})

test('月度走访覆盖：已走访 / 负责的宿舍，列出未走访的；列表读取记审计', async () => {
  h.at(bj('2026-10-28', '10:00'))
  await h.ok('counselorB', 'visit.create', visit(h.fx.dorms.B, { date: '2026-10-05' }))
  await h.ok('counselorB', 'visit.create', visit(h.fx.dorms.B, { date: '2026-10-26' }))
  // 9 月的走访不计入 10 月
  await h.ok('counselorB', 'visit.create', visit(h.fx.dorms.C, { date: '2026-09-30' }))
  const view = await h.ok('head', 'visit.coverage', { month: '2026-10' })
  expect(view.rows.map(({ rooms: _rooms, ...r }: { rooms: unknown }) => r)).toEqual([
    { counselorId: h.fx.personIds.counselorB, name: '冯老师', assigned: 2, visited: 1, notVisited: [{ dormId: h.fx.dorms.C, name: '13栋201' }] },
    { counselorId: h.fx.personIds.counselorA, name: '钱老师', assigned: 1, visited: 1, notVisited: [] },
  ].sort((a, b) => a.name.localeCompare(b.name, 'zh')))
  const own = await h.ok('counselorA', 'visit.coverage', { month: '2026-10' })
  expect(own.rows.map((r: { name: string }) => r.name)).toEqual(['钱老师'])
  const list = await h.ok('counselorA', 'visit.list', { month: '2026-10' })
  expect(list.items).toHaveLength(1)
  expect(await h.count(C.auditLogs, { action: 'ledger.visit.list' })).toBe(1)
  const all = await h.ok('head', 'visit.list', { month: '2026-10' })
  expect(all.items).toHaveLength(3)
})

test('走访记录分页读到最后一条：按日期从新到旧，页与页之间不重不漏', async () => {
  h.at(bj('2026-11-30', '10:00'))
  for (let day = 1; day <= 7; day++) await h.ok('counselorB', 'visit.create', visit(h.fx.dorms.B, { date: `2026-11-0${day}` }))
  const seen: string[] = []
  for (let page = 1; page <= 3; page++) {
    const p = await h.ok('head', 'visit.list', { month: '2026-11', page, pageSize: 3 })
    expect(p.total).toBe(7)
    seen.push(...p.items.map((v: { date: string }) => v.date))
  }
  expect(seen).toEqual(['2026-11-07', '2026-11-06', '2026-11-05', '2026-11-04', '2026-11-03', '2026-11-02', '2026-11-01'])
})
