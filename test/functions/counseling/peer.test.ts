import { C, setup, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
})
afterAll(() => h.env.close())

const peer = (studentId: string, extra: Record<string, unknown> = {}) => ({
  studentId, date: '2026-10-20', form: 'in_person', category: '学业压力', summary: '期中考试前焦虑，聊了复习计划。', needsCounselor: false, ...extra,
})

describe('朋辈谈心', () => {
  test('心理委员只能为本班同学记录，观察员只能为本寝室室友记录；日期不能晚于今天', async () => {
    await h.fail('committeeA', 'peer.create', peer(h.fx.students.b1), 'NOT_FOUND')
    await h.fail('observerA', 'peer.create', peer(h.fx.students.a3), 'NOT_FOUND')
    await h.fail('committeeA', 'peer.create', peer(h.fx.students.a2, { date: '2026-10-22' }), 'DATE.IN_FUTURE')
    await h.fail('committeeA', 'peer.create', peer(h.fx.students.a2, { category: '八卦' }), 'INPUT.INVALID')
    await h.fail('counselorA', 'peer.create', peer(h.fx.students.a2), 'AUTH.FORBIDDEN')
    expect(await h.count(C.peerTalks)).toBe(0)
  })

  test('记录后为待确认；辅导员确认后再确认是空操作（ok），不能退回', async () => {
    const p = await h.ok('committeeA', 'peer.create', peer(h.fx.students.a2))
    expect(p).toMatchObject({ status: 'pending', kind: 'class', studentName: '李思远', mine: true })
    const doc = await h.get(C.peerTalks, p.id)
    expect(doc).toMatchObject({ unitId: h.fx.classes.A, classId: h.fx.classes.A, dormId: h.fx.dorms.A, reporterId: h.fx.personIds.committeeA })
    expect(await h.count(C.talkTasks)).toBe(0)

    await h.fail('counselorB', 'peer.confirm', { id: p.id }, 'NOT_FOUND')
    const c = await h.ok('counselorA', 'peer.confirm', { id: p.id })
    expect(c.status).toBe('confirmed')
    expect(await h.ok('counselorA', 'peer.confirm', { id: p.id })).toMatchObject({ status: 'confirmed' })
    await h.fail('counselorA', 'peer.return', { id: p.id, comment: '补充' }, 'STATE.INVALID_TRANSITION')
  })

  test('退回附意见并通知记录人；记录人修改后重新提交回到待确认', async () => {
    const p = await h.ok('observerA', 'peer.create', peer(h.fx.students.b3, { category: '人际关系' }))
    expect(p.kind).toBe('dorm')
    await h.fail('committeeA', 'peer.resubmit', { id: p.id, ...peer(h.fx.students.a1) }, 'NOT_FOUND')
    await h.fail('observerA', 'peer.resubmit', { id: p.id, ...peer(h.fx.students.b3) }, 'STATE.INVALID_TRANSITION')
    const r = await h.ok('counselorA', 'peer.return', { id: p.id, comment: '请写明谈心的具体内容' })
    expect(r).toMatchObject({ status: 'returned', comment: '请写明谈心的具体内容' })
    expect(await h.count(C.messages, { personId: h.fx.personIds.observerA, kind: 'returned' })).toBe(1)

    const list = await h.ok('observerA', 'peer.list', {})
    expect(list.items.map((x: any) => [x.studentName, x.status])).toEqual([['杨浩宇', 'returned']])
    const again = await h.ok('observerA', 'peer.resubmit', { id: p.id, ...peer(h.fx.students.b3, { summary: '室友关系紧张，约定每周宿舍谈心。' }) })
    expect(again.status).toBe('pending')
  })

  test('需要辅导员的朋辈谈心生成约谈任务（确定性 id，重试不重复）', async () => {
    const input = peer(h.fx.students.a1, { needsCounselor: true, category: '情绪异常', requestId: 'retry-1' })
    const p = await h.ok('committeeA', 'peer.create', input)
    const again = await h.ok('committeeA', 'peer.create', input)
    expect(again.id).toBe(p.id)
    const task = await h.get(C.talkTasks, `peer_talk:${p.id}`)
    expect(task).toMatchObject({ source: 'peer_talk', sourceId: p.id, studentId: h.fx.students.a1, status: 'open', counselorIds: [h.fx.personIds.counselorA] })
    expect(await h.count(C.talkTasks, { source: 'peer_talk' })).toBe(1)

    const overview = await h.ok('counselorA', 'week.overview', {})
    expect(overview.talkTasks.map((t: any) => t.id)).toContain(`peer_talk:${p.id}`)
    expect(overview.peerTalksToConfirm.map((x: any) => x.id)).toEqual(expect.arrayContaining([p.id]))

    const pre = await h.ok('counselorA', 'talk.prefill', { taskId: `peer_talk:${p.id}` })
    // 谈话来源是“朋辈谈心”，不是“周报关注”
    expect(pre).toMatchObject({ studentId: h.fx.students.a1, categories: ['情绪异常'], source: 'peer_talk', taskSource: 'peer_talk' })
  })

  test('列表：记录人只见本人记录，辅导员见所带学生的记录，学生骨干看不到他人的', async () => {
    const mine = await h.ok('committeeA', 'peer.list', {})
    expect(mine.items.every((x: any) => x.mine)).toBe(true)
    const counselor = await h.ok('counselorA', 'peer.list', { status: 'pending' })
    expect(counselor.items.length).toBeGreaterThan(0)
    expect((await h.ok('counselorB', 'peer.list', {})).items.map((x: any) => x.studentName)).toEqual([])
    expect((await h.ok('committeeC', 'peer.list', {})).total).toBe(0)
  })
})
