import { createMain } from '../../../cloudfunctions/_lib/handler'
import { actions as obsActions } from '../../../cloudfunctions/observations'
import { callAs } from '../../support/env'
import { C, setup, talkInput, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
})
afterAll(() => h.env.close())

/** 心理委员经 observations 提交一份有关注的周报（a2 需要约谈），返回周报 id 与条目 id */
async function submitConcern(): Promise<{ reportId: string; concernId: string }> {
  const obs = createMain(obsActions, { clock: () => h.now() })
  const r = await callAs(obs, h.fx.openids.committeeA, {
    action: 'report.submit',
    payload: {
      week: 7, kind: 'class', unitId: h.fx.classes.A, idempotencyKey: 'k-talk-1', hasConcern: true,
      overall: '个别同学情绪低落', concerns: [{ studentId: h.fx.students.a2, categories: ['情绪异常'], level: 'key', description: '近一周常独自哭泣', needsTalk: true }],
    },
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  const doc = await h.get(C.weeklyReports, r.data.id)
  return { reportId: doc._id, concernId: doc.concerns[0].id }
}

describe('谈话记录的校验（不写入任何数据）', () => {
  test('谈话日期晚于今天（北京时间）→ DATE.IN_FUTURE', async () => {
    const e = await h.fail('counselorA', 'talk.create', talkInput(h.fx.students.a1, { date: '2026-10-22' }), 'DATE.IN_FUTURE')
    expect(e.fields[0].path).toBe('date')
    expect(await h.count(C.talks)).toBe(0)
  })

  test('北京时间已过零点、服务器 UTC 仍是前一天时，“今天”按北京时间算', async () => {
    h.at('2026-10-21T16:30:00Z') // 北京时间 10-22 00:30
    const r = await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.a1, { date: '2026-10-22', requestId: 'tz-1' }))
    expect(r.talk.date).toBe('2026-10-22')
    h.at('2026-10-21T15:30:00Z') // 北京时间 10-21 23:30
    await h.fail('counselorA', 'talk.create', talkInput(h.fx.students.a1, { date: '2026-10-22' }), 'DATE.IN_FUTURE')
    h.at(h.fx.now)
  })

  test('下次跟进日期早于谈话日期 → TALK.FOLLOW_UP_BEFORE_DATE', async () => {
    const before = await h.count(C.talks)
    await h.fail('counselorA', 'talk.create', talkInput(h.fx.students.a1, { followUpDate: '2026-10-19' }), 'TALK.FOLLOW_UP_BEFORE_DATE')
    expect(await h.count(C.talks)).toBe(before)
  })

  test('未知的类型、等级、形式 → INPUT.INVALID 并指明字段', async () => {
    for (const [field, value] of [['type', 'gossip'], ['level', 'red'], ['form', 'letter'], ['source', 'rumor']]) {
      const e = await h.fail('counselorA', 'talk.create', talkInput(h.fx.students.a1, { [field]: value }), 'INPUT.INVALID')
      expect(e.fields[0].path).toBe(field)
    }
  })

  test('只能为本人范围内的学生记录：他人学生 NOT_FOUND，学生骨干无权', async () => {
    await h.fail('counselorA', 'talk.create', talkInput(h.fx.students.c1), 'NOT_FOUND')
    await h.fail('counselorA', 'talk.create', talkInput(h.fx.students.x1), 'NOT_FOUND')
    await h.fail('committeeA', 'talk.create', talkInput(h.fx.students.a1), 'AUTH.FORBIDDEN')
  })

  test('幂等：同一 requestId 重试不会重复记录', async () => {
    const before = await h.count(C.talks)
    const a = await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.a2, { requestId: 'same' }))
    const b = await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.a2, { requestId: 'same' }))
    expect(a.talk.id).toBe(b.talk.id)
    expect(await h.count(C.talks)).toBe(before + 1)
  })
})

describe('从关注条目发起的谈话关闭约谈任务', () => {
  test('预填学生与来源；记录后任务变为已完成并关联谈话', async () => {
    const { reportId, concernId } = await submitConcern()
    const taskId = `weekly_concern:${reportId}#${concernId}`
    expect((await h.get(C.talkTasks, taskId)).status).toBe('open')

    const pre = await h.ok('counselorA', 'talk.prefill', { concern: { reportId, concernId } })
    expect(pre).toMatchObject({ studentId: h.fx.students.a2, studentName: '李思远', source: 'weekly_concern', level: 'key', taskStatus: 'open' })
    await h.fail('counselorB', 'talk.prefill', { concern: { reportId, concernId } }, 'NOT_FOUND')

    // 来源与学生不一致 → INPUT.INVALID，任务保持未完成
    await h.fail('counselorA', 'talk.create', talkInput(h.fx.students.a1, { fromConcern: { reportId, concernId } }), 'INPUT.INVALID')
    expect((await h.get(C.talkTasks, taskId)).status).toBe('open')

    const r = await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.a2, { source: 'weekly_concern', level: 'key', fromConcern: { reportId, concernId } }))
    expect(r.taskClosed).toBe(true)
    expect(r.talk.sourceRef).toBe(`concern:${reportId}#${concernId}`)
    const task = await h.get(C.talkTasks, taskId)
    expect(task).toMatchObject({ status: 'done', talkId: r.talk.id })
  })

  test('从任务 id 发起同样关闭任务；已完成的任务不再改动', async () => {
    await h.insert(C.talkTasks, {
      _id: 'alert:al-1', stationId: h.fx.stationId, studentId: h.fx.students.b1, classId: h.fx.classes.B, dormId: h.fx.dorms.B,
      counselorIds: [h.fx.personIds.counselorA], source: 'alert', sourceId: 'al-1', createdAt: h.fx.now, status: 'open',
    })
    const r = await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.b1, { source: 'alert', fromTaskId: 'alert:al-1' }))
    expect(r.taskClosed).toBe(true)
    const again = await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.b1, { source: 'alert', fromTaskId: 'alert:al-1' }))
    expect(again.taskClosed).toBe(false)
    expect((await h.get(C.talkTasks, 'alert:al-1')).talkId).toBe(r.talk.id)
  })
})

describe('谈话记录的可读范围', () => {
  let talkId: string
  beforeAll(async () => {
    talkId = (await h.ok('counselorA', 'talk.create', talkInput(h.fx.students.a4, { summary: '家庭经济困难，情绪焦虑' }))).talk.id
  })

  test('记录人本人与站长可读，并写审计日志', async () => {
    expect((await h.ok('counselorA', 'talk.get', { id: talkId })).summary).toBe('家庭经济困难，情绪焦虑')
    expect((await h.ok('head', 'talk.get', { id: talkId })).authorName).toBe('钱老师')
    expect(await h.count(C.auditLogs, { action: 'counseling.talk.get', targetIds: talkId })).toBe(2)
  })

  test('其他辅导员、心理委员、未转介时的校心理中心、他站站长都读不到', async () => {
    await h.fail('counselorB', 'talk.get', { id: talkId }, 'NOT_FOUND')
    await h.fail('committeeA', 'talk.get', { id: talkId }, 'AUTH.FORBIDDEN')
    await h.fail('center', 'talk.get', { id: talkId }, 'NOT_FOUND')
    await h.fail('otherHead', 'talk.get', { id: talkId }, 'NOT_FOUND')
  })

  test('列表：辅导员只见本人记录，站长见全站，中心只见转介个案', async () => {
    const mine = await h.ok('counselorA', 'talk.list', {})
    expect(mine.items.every((t: any) => t.authorName === '钱老师')).toBe(true)
    const b = await h.ok('counselorB', 'talk.list', {})
    expect(b.total).toBe(0)
    const head = await h.ok('head', 'talk.list', { studentId: h.fx.students.a4 })
    expect(head.items.map((t: any) => t.id)).toEqual([talkId])
    expect((await h.ok('center', 'talk.list', {})).total).toBe(0)
    expect((await h.ok('otherHead', 'talk.list', {})).total).toBe(0)
  })
})

describe('学生时间线', () => {
  test('包含周报关注、谈话与朋辈谈心；辅导员只看到本人写的谈话；查看写审计日志', async () => {
    await h.ok('head', 'talk.create', talkInput(h.fx.students.a2, { summary: '站长约谈' }))
    const t = await h.ok('counselorA', 'student.timeline', { studentId: h.fx.students.a2 })
    expect(t.student).toMatchObject({ name: '李思远', className: '机电2301班', dormName: '12栋305' })
    const kinds = new Set(t.items.map((i: any) => i.kind))
    expect(kinds.has('concern')).toBe(true)
    expect(kinds.has('talk')).toBe(true)
    expect(t.items.filter((i: any) => i.kind === 'talk').every((i: any) => i.title.includes('钱老师'))).toBe(true)
    expect(t.lastContact).toBe('2026-10-20')
    const head = await h.ok('head', 'student.timeline', { studentId: h.fx.students.a2 })
    expect(head.items.filter((i: any) => i.kind === 'talk').length).toBe(t.items.filter((i: any) => i.kind === 'talk').length + 1)
    await h.fail('counselorB', 'student.timeline', { studentId: h.fx.students.a2 }, 'NOT_FOUND')
    await h.fail('committeeA', 'student.timeline', { studentId: h.fx.students.a2 }, 'AUTH.FORBIDDEN')
    expect(await h.count(C.auditLogs, { action: 'counseling.student.timeline', targetIds: h.fx.students.a2 })).toBe(2)
  })
})
