/**
 * 培训覆盖矩阵：年级 × 角色的已培训 / 缺训 / 未培训，角色换人后看新任者，第 N−3 周起提醒没有培训的年级；
 * 个人培训经历与学时按学年汇总。
 */
import { bj, C, setup, trainingInput, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
})
afterAll(() => h.env.close())

type Cell = { grade: string; role: string; trained: number; missed: number; notYet: number; hasTraining: boolean; people: Array<{ name: string; status: string }> }
const cell = (view: { cells: Cell[] }, grade: string, role: string) => view.cells.find((c) => c.grade === grade && c.role === role)!

test('覆盖矩阵跨年级与换任计算，N−3 周起提醒', async () => {
  h.at(bj('2026-10-10', '09:00'))
  // T1：已结束的观察员培训（两个年级），没有人签到 → 两名观察员缺训
  await h.ok('head', 'training.create', trainingInput({
    title: '观察员培训', date: '2026-10-14', audience: { kind: 'cadres', roles: ['observer'], grades: ['2023级', '2024级'] },
  }))
  // T2：2023级心理委员，committeeA 签到
  const t2 = await h.ok('head', 'training.create', trainingInput())
  h.at(bj('2026-10-21', '14:01'))
  const { code } = await h.ok('head', 'training.code', { id: t2.id })
  await h.ok('committeeA', 'training.signIn', { id: t2.id, code })

  h.at(bj('2026-10-22', '09:00'))
  let view = await h.ok('head', 'training.coverage', {})
  expect(view.grades).toEqual(['2023级', '2024级'])
  expect(cell(view, '2023级', 'committee')).toMatchObject({ trained: 1, missed: 0, notYet: 0, hasTraining: true })
  expect(cell(view, '2024级', 'committee')).toMatchObject({ trained: 0, missed: 0, notYet: 1, hasTraining: false })
  expect(cell(view, '2023级', 'observer')).toMatchObject({ trained: 0, missed: 1, notYet: 0 })
  expect(cell(view, '2024级', 'observer')).toMatchObject({ trained: 0, missed: 1, notYet: 0 })
  expect(view.week).toBe(7)
  expect(view.warnings).toEqual([])
  expect(await h.count(C.auditLogs, { action: 'ledger.training.coverage' })).toBe(1)

  // 宿舍 A 的观察员换人：新任者（b3，2023级）未培训，原任者不再出现在矩阵里
  await h.env.db.collection(C.roleAssignments).doc(h.fx.assignmentIds.observerA).update({ endedAt: bj('2026-10-25', '00:00') })
  await h.insert(C.people, { _id: 'p-new-observer', openid: 'openid-new-observer', name: '杨浩宇', studentNo: '2023010203', createdAt: h.now() })
  await h.insert(C.roleAssignments, {
    _id: 'ra-new-observer', personId: 'p-new-observer', role: 'observer', stationId: h.fx.stationId, dormId: h.fx.dorms.A,
    termStart: bj('2026-10-25', '00:00'), termEnd: null, endedAt: null, createdAt: h.now(),
  })
  h.at(bj('2026-12-16', '10:00'))
  view = await h.ok('head', 'training.coverage', {})
  expect(cell(view, '2023级', 'observer').people).toEqual([{ personId: 'p-new-observer', name: '杨浩宇', status: 'not_yet' }])
  // 第 15 周（N = 18）：2024级心理委员没有任何培训 → 提醒
  expect(view.week).toBe(15)
  expect(view.warnings).toEqual([{ grade: '2024级', roles: ['committee'], message: expect.stringContaining('2024级的班级心理委员') }])
  await h.fail('counselorA', 'training.coverage', {}, 'AUTH.FORBIDDEN')
})

test('个人培训经历：到场的计学时，按学年汇总；只有站长能看别人的', async () => {
  h.at(bj('2026-10-22', '09:00'))
  const mine = await h.ok('committeeA', 'training.history', {})
  expect(mine.years).toEqual([
    expect.objectContaining({ schoolYear: '2026-2027', hours: 2, sessions: 1, items: [expect.objectContaining({ title: '心理委员朋辈辅导技能培训', status: 'present' })] }),
  ])
  const byHead = await h.ok('head', 'training.history', { personId: h.fx.personIds.committeeA })
  expect(byHead.years[0].hours).toBe(2)
  await h.fail('committeeC', 'training.history', { personId: h.fx.personIds.committeeA }, 'NOT_FOUND')
  await h.fail('otherHead', 'training.history', { personId: h.fx.personIds.committeeA }, 'NOT_FOUND')
  expect((await h.ok('committeeA', 'training.history', { schoolYear: '2025-2026' })).years).toEqual([])
})

test('校心理中心只看到各站的数量，没有姓名', async () => {
  h.at(bj('2026-10-22', '09:00'))
  const view = await h.ok('center', 'counts', {})
  expect(view.schoolYear).toBe('2026-2027')
  expect(view.rows.find((r: { stationId: string }) => r.stationId === h.fx.stationId)).toEqual({
    stationId: h.fx.stationId, stationName: '机电工程学院', trainings: 2, trainingAttendance: 1, activitiesHeld: 0, caseReviews: 0, dormVisits: 0,
  })
  expect(JSON.stringify(view)).not.toContain('张晓明')
  await h.fail('head', 'counts', {}, 'AUTH.FORBIDDEN')
  await h.fail('center', 'training.list', {}, 'AUTH.FORBIDDEN')
})
