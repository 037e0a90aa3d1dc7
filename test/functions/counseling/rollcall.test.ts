import { C, setup, WEEK6_SUNDAY_9PM, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
})
afterAll(() => h.env.close())

const base = () => ({ classId: h.fx.classes.A, heldAt: WEEK6_SUNDAY_9PM })
const idOf = (week: number, classId = h.fx.classes.A) => `${h.fx.termId}:${week}:${classId}`

describe('晚点名记录与校验', () => {
  test('应到人数缺省取名册人数；实到 + 缺勤须等于应到，否则 ROLLCALL.COUNT_MISMATCH 且不写入', async () => {
    const err = await h.fail('committeeA', 'rollcall.save', { ...base(), present: 2, absences: [] }, 'ROLLCALL.COUNT_MISMATCH')
    expect(err.details).toEqual({ expected: 4, present: 2, absent: 0 })
    await h.fail('committeeA', 'rollcall.save', { ...base(), expected: 5, present: 3, absences: [] }, 'ROLLCALL.COUNT_MISMATCH')
    expect(await h.count(C.rollCalls)).toBe(0)
  })

  test('缺勤学生必须属于本班：他班学生 → INPUT.INVALID 并指明字段', async () => {
    const err = await h.fail('committeeA', 'rollcall.save', {
      ...base(), present: 3, absences: [{ studentId: h.fx.students.b1, reason: 'leave' }],
    }, 'INPUT.INVALID')
    expect(err.fields).toEqual([{ path: 'absences.0.studentId', message: '该学生不在本班名册中' }])
    await h.fail('committeeA', 'rollcall.save', {
      ...base(), present: 3, absences: [{ studentId: h.fx.students.x1, reason: 'truant' }],
    }, 'INPUT.INVALID')
    expect(await h.count(C.rollCalls)).toBe(0)
  })

  test('原因为“其他”须填写说明；同一学生不能重复登记', async () => {
    const err = await h.fail('committeeA', 'rollcall.save', {
      ...base(), present: 3, absences: [{ studentId: h.fx.students.a2, reason: 'other' }],
    }, 'INPUT.INVALID')
    expect(err.fields[0].path).toBe('absences.0.note')
    await h.fail('committeeA', 'rollcall.save', {
      ...base(), present: 2, absences: [{ studentId: h.fx.students.a2, reason: 'leave' }, { studentId: h.fx.students.a2, reason: 'truant' }],
    }, 'INPUT.INVALID')
    expect(await h.count(C.rollCalls)).toBe(0)
  })

  test('点名时间不能晚于现在；假期周不能记录；周次与时间须一致', async () => {
    await h.fail('committeeA', 'rollcall.save', { ...base(), heldAt: '2026-10-25T21:00:00+08:00', present: 4, absences: [] }, 'DATE.IN_FUTURE')
    await h.fail('committeeA', 'rollcall.save', { ...base(), heldAt: '2026-10-04T21:00:00+08:00', present: 4, absences: [] }, 'WEEK.OFF')
    const err = await h.fail('committeeA', 'rollcall.save', { ...base(), week: 5, present: 4, absences: [] }, 'INPUT.INVALID')
    expect(err.fields[0].path).toBe('heldAt')
    expect(await h.count(C.rollCalls)).toBe(0)
  })

  test('心理委员只能记录本班，辅导员只能记录所带班级（越权即 NOT_FOUND）', async () => {
    await h.fail('committeeA', 'rollcall.save', { ...base(), classId: h.fx.classes.B, present: 3, absences: [] }, 'NOT_FOUND')
    await h.fail('counselorB', 'rollcall.save', { ...base(), present: 4, absences: [] }, 'NOT_FOUND')
    await h.fail('observerA', 'rollcall.save', { ...base(), present: 4, absences: [] }, 'AUTH.FORBIDDEN')
  })

  test('有效记录：周次由点名时间推出，状态为待确认，缺勤学生带姓名', async () => {
    const v = await h.ok('committeeA', 'rollcall.save', {
      ...base(), present: 2, meetingTopic: '心理健康月主题班会',
      absences: [{ studentId: h.fx.students.a2, reason: 'leave' }, { studentId: h.fx.students.a3, reason: 'other', note: '参加比赛' }],
    })
    expect(v).toMatchObject({ id: idOf(6), week: 6, expected: 4, present: 2, status: 'pending', revision: 1, correction: false })
    expect(v.absences.map((a: any) => a.studentName)).toEqual(['李思远', '王雨涵'])
    const doc = await h.get(C.rollCalls, idOf(6))
    expect(doc).toMatchObject({ stationId: h.fx.stationId, termId: h.fx.termId, classId: h.fx.classes.A, recordedBy: h.fx.personIds.committeeA })
  })
})

describe('确认、退回与锁定', () => {
  test('辅导员看板显示所带班级状态；退回后心理委员可修改重交', async () => {
    const board = await h.ok('counselorA', 'rollcall.board', { week: 6 })
    expect(board.rows.map((r: any) => [r.className, r.status])).toEqual([['机电2301班', 'pending'], ['机电2302班', 'unrecorded']])
    const headBoard = await h.ok('head', 'rollcall.board', { week: 6 })
    expect(headBoard.rows).toHaveLength(3)

    await h.fail('counselorA', 'rollcall.return', { id: idOf(6), comment: '' }, 'INPUT.INVALID')
    const r = await h.ok('counselorA', 'rollcall.return', { id: idOf(6), comment: '请核对请假人数' })
    expect(r.status).toBe('returned')
    expect(await h.count(C.messages, { personId: h.fx.personIds.committeeA, kind: 'returned' })).toBe(1)
    await h.fail('counselorA', 'rollcall.confirm', { id: idOf(6) }, 'STATE.INVALID_TRANSITION')
    // 重复退回是答复 ok 的空操作（意见不变、不再通知）
    expect(await h.ok('counselorA', 'rollcall.return', { id: idOf(6), comment: '再退' })).toMatchObject({ status: 'returned', returnComment: '请核对请假人数' })
    expect(await h.count(C.messages, { personId: h.fx.personIds.committeeA, kind: 'returned' })).toBe(1)

    const again = await h.ok('committeeA', 'rollcall.save', {
      ...base(), present: 3, absences: [{ studentId: h.fx.students.a2, reason: 'leave' }],
    })
    expect(again).toMatchObject({ status: 'pending', revision: 2, correction: false })
    expect(again.returnComment).toBeUndefined()
  })

  test('其他辅导员不能确认（NOT_FOUND），心理委员无权确认', async () => {
    await h.fail('counselorB', 'rollcall.confirm', { id: idOf(6) }, 'NOT_FOUND')
    await h.fail('committeeA', 'rollcall.confirm', { id: idOf(6) }, 'AUTH.FORBIDDEN')
  })

  test('确认后锁定：普通保存 → ROLLCALL.LOCKED 且不写入；显式更正生成新版本并回到待确认', async () => {
    await h.fail('counselorA', 'rollcall.confirm', { id: idOf(6), revision: 1 }, 'CONFLICT')
    const c = await h.ok('counselorA', 'rollcall.confirm', { id: idOf(6), revision: 2 })
    expect(c.status).toBe('confirmed')
    expect(await h.ok('counselorA', 'rollcall.confirm', { id: idOf(6) })).toMatchObject({ status: 'confirmed', revision: 2 })
    await h.fail('counselorA', 'rollcall.return', { id: idOf(6), comment: 'x' }, 'STATE.INVALID_TRANSITION')

    await h.fail('committeeA', 'rollcall.save', { ...base(), present: 4, absences: [] }, 'ROLLCALL.LOCKED')
    expect((await h.get(C.rollCalls, idOf(6))).revision).toBe(2)

    const fixed = await h.ok('committeeA', 'rollcall.save', { ...base(), present: 4, absences: [], correction: true })
    expect(fixed).toMatchObject({ status: 'pending', revision: 3, correction: true })
    expect(fixed.revisions.map((r: any) => r.correction)).toEqual([false, false, true])
    expect(fixed.confirmedAt).toBeUndefined()
    const board = await h.ok('counselorA', 'rollcall.board', { week: 6 })
    expect(board.rows[0]).toMatchObject({ status: 'pending', correction: true, revision: 3 })
  })

  test('rollcall.get 返回名册与当前记录，并写审计日志', async () => {
    const g = await h.ok('committeeA', 'rollcall.get', { classId: h.fx.classes.A, week: 6 })
    expect(g.rosterCount).toBe(4)
    expect(g.record.revision).toBe(3)
    expect(await h.count(C.auditLogs, { action: 'counseling.rollcall.get' })).toBeGreaterThan(0)
    await h.fail('committeeC', 'rollcall.get', { classId: h.fx.classes.A }, 'NOT_FOUND')
  })
})

describe('本周概览中的晚点名', () => {
  test('周三：本周是第 7 周，待记录的是上周末（第 6 周）的点名；任何一周的待确认记录都列出', async () => {
    const o = await h.ok('counselorA', 'week.overview', {})
    expect(o.week).toBe(7)
    expect(o.weekStart).toBe('2026-10-19')
    expect(o.rollCallWeek).toBe(6)
    expect(o.rollCalls.toRecord.map((r: any) => [r.className, r.week])).toEqual([['机电2302班', 6]])
    expect(o.rollCalls.toConfirm.map((r: any) => [r.className, r.week, r.correction])).toEqual([['机电2301班', 6, true]])
    h.at('2026-10-25T13:00:00Z') // 第 7 周周日 21:00：默认本周
    const sunday = await h.ok('counselorA', 'week.overview', {})
    expect(sunday.week).toBe(7)
    expect(sunday.rollCallWeek).toBe(7)
    expect(sunday.rollCalls.toRecord).toHaveLength(2)
    expect(sunday.rollCalls.toConfirm.map((r: any) => r.week)).toEqual([6])
    h.at(h.fx.now)
  })
})


describe('退回通知的链接回到记录者填写的页面', () => {
  const returnedLink = async (personId: string) => {
    const msgs = await h.env.db.collection(C.messages).where({ personId, kind: 'returned' }).get()
    return (msgs.data as Array<{ link?: string }>).map((m) => m.link)
  }

  test('心理委员记录的：链接到委员的晚点名页', async () => {
    expect(await returnedLink(h.fx.personIds.committeeA)).toContain(
      `/packages/committee/pages/rollcall/index?classId=${h.fx.classes.A}&week=6`,
    )
  })

  test('辅导员记录、站长退回的：链接到辅导员的晚点名记录页', async () => {
    const classB = h.fx.classes.B
    await h.ok('counselorA', 'rollcall.save', { classId: classB, heldAt: WEEK6_SUNDAY_9PM, expected: 2, present: 2, absences: [] })
    await h.ok('head', 'rollcall.return', { id: idOf(6, classB), comment: '请补上班会主题' })
    expect(await returnedLink(h.fx.personIds.counselorA)).toEqual([
      `/packages/counselor/pages/rollcall-form/index?classId=${classB}&week=6`,
    ])
  })
})
