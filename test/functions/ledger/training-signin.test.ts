/**
 * 培训签到：签到码每分钟更换、只在签到窗口内、只有应到的人为自己签到、重复签到仍是一条记录；组织者标记缺席须写原因。
 */
import { bj, C, setup, trainingInput, type Harness } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await setup()
})
afterAll(() => h.env.close())

async function createAt(extra: Record<string, unknown> = {}) {
  h.at(bj('2026-10-20', '09:00'))
  return h.ok('head', 'training.create', trainingInput(extra))
}
async function codeAt(id: string, at: Date): Promise<string> {
  h.at(at)
  return (await h.ok('head', 'training.code', { id })).code
}

test('应到人员按培训日在任的角色 × 年级推导：2023级心理委员只有 committeeA', async () => {
  const t = await createAt()
  h.at(bj('2026-10-20', '09:00'))
  const detail = await h.ok('head', 'training.get', { id: t.id })
  expect(detail.attendees.map((a: { name: string }) => a.name)).toEqual(['张晓明'])
  expect(detail.expected).toBe(1)
})

test('签到码在本分钟与上一分钟有效，更早的码为已过期；重复签到只有一条记录', async () => {
  const t = await createAt()
  const code = await codeAt(t.id, bj('2026-10-21', '14:05:10'))
  expect(code).toMatch(/^[A-Z2-9]{6}$/)
  // 同一分钟内码不变，下一分钟换码，不写数据库
  expect(await codeAt(t.id, bj('2026-10-21', '14:05:50'))).toBe(code)
  expect(await codeAt(t.id, bj('2026-10-21', '14:06:01'))).not.toBe(code)

  h.at(bj('2026-10-21', '14:07:30'))
  await h.fail('committeeA', 'training.signIn', { id: t.id, code }, 'TRAINING.CODE_EXPIRED')
  expect(await h.count(C.trainingAttendance, { trainingId: t.id })).toBe(0)

  h.at(bj('2026-10-21', '14:06:30'))
  const first = await h.ok('committeeA', 'training.signIn', { id: t.id, code: code.toLowerCase() })
  expect(first).toMatchObject({ status: 'present', already: false })
  const again = await h.ok('committeeA', 'training.signIn', { id: t.id, code })
  expect(again.already).toBe(true)
  expect(await h.count(C.trainingAttendance, { trainingId: t.id })).toBe(1)
})

test('窗口外签到被拒：开始前 10 分钟以前、结束以后', async () => {
  const t = await createAt()
  const early = await codeAt(t.id, bj('2026-10-21', '13:50:00'))
  h.at(bj('2026-10-21', '13:49:30'))
  await h.fail('committeeA', 'training.signIn', { id: t.id, code: early }, 'TRAINING.OUTSIDE_WINDOW')
  h.at(bj('2026-10-21', '13:30:00'))
  await h.fail('head', 'training.code', { id: t.id }, 'TRAINING.OUTSIDE_WINDOW')
  const late = await codeAt(t.id, bj('2026-10-21', '16:00:00'))
  h.at(bj('2026-10-21', '16:00:30'))
  await h.fail('committeeA', 'training.signIn', { id: t.id, code: late }, 'TRAINING.OUTSIDE_WINDOW')
  expect(await h.count(C.trainingAttendance, { trainingId: t.id })).toBe(0)
})

test('错误的码、另一场培训的码都被拒，什么也不写', async () => {
  const t = await createAt()
  const other = await createAt({ title: '观察员培训', audience: { kind: 'cadres', roles: ['committee', 'observer'], grades: ['2023级'] } })
  const otherCode = await codeAt(other.id, bj('2026-10-21', '14:10:00'))
  const ownCode = await codeAt(t.id, bj('2026-10-21', '14:10:00'))
  expect(otherCode).not.toBe(ownCode)
  h.at(bj('2026-10-21', '14:10:20'))
  await h.fail('committeeA', 'training.signIn', { id: t.id, code: otherCode }, 'TRAINING.CODE_WRONG')
  await h.fail('committeeA', 'training.signIn', { id: t.id, code: 'AAAAAA' === ownCode ? 'BBBBBB' : 'AAAAAA' }, 'TRAINING.CODE_WRONG')
  await h.fail('committeeA', 'training.signIn', { id: t.id, code: '12345' }, 'INPUT.INVALID')
  expect(await h.count(C.trainingAttendance, { trainingId: t.id })).toBe(0)
})

test('不在应到名单的人不能签到（与不存在相同），也不能替别人签到', async () => {
  const t = await createAt()
  const code = await codeAt(t.id, bj('2026-10-21', '14:20:00'))
  h.at(bj('2026-10-21', '14:20:10'))
  await h.fail('committeeC', 'training.signIn', { id: t.id, code }, 'NOT_FOUND')
  await h.fail('observerA', 'training.signIn', { id: t.id, code }, 'NOT_FOUND')
  // 组织者本人不在应到名单中：不能借签到码为自己或别人签到
  await h.fail('head', 'training.signIn', { id: t.id, code }, 'NOT_FOUND')
  await h.fail('observerA', 'training.signIn', { id: t.id, code, personId: h.fx.personIds.committeeA }, 'INPUT.INVALID')
  expect(await h.count(C.trainingAttendance, { trainingId: t.id })).toBe(0)
})

test('组织者标记缺席须写原因；不在名单中的人不能被标记', async () => {
  const t = await createAt()
  h.at(bj('2026-10-21', '16:30'))
  await h.fail('head', 'training.mark', { id: t.id, personId: h.fx.personIds.committeeA, status: 'absent' }, 'INPUT.INVALID')
  const marked = await h.ok('head', 'training.mark', { id: t.id, personId: h.fx.personIds.committeeA, status: 'absent', reason: '参加学科竞赛' })
  expect(marked).toMatchObject({ status: 'absent', via: 'organiser', reason: '参加学科竞赛' })
  await h.fail('head', 'training.mark', { id: t.id, personId: h.fx.personIds.committeeC, status: 'present' }, 'TRAINING.NOT_EXPECTED')
  // 其他辅导员不是组织者：看不到这场培训
  await h.fail('counselorA', 'training.mark', { id: t.id, personId: h.fx.personIds.committeeA, status: 'present' }, 'NOT_FOUND')
  const list = await h.ok('committeeA', 'training.list', {})
  expect(list.items.find((x: { id: string }) => x.id === t.id)).toMatchObject({ mine: 'absent', canManage: false })
})

test('辅导员只能为自己负责的班级、宿舍的学生骨干组织培训', async () => {
  h.at(bj('2026-10-20', '09:00'))
  const t = await h.ok('counselorA', 'training.create', trainingInput({
    audience: { kind: 'cadres', roles: ['committee', 'observer'], grades: ['2023级', '2024级'] },
  }))
  const detail = await h.ok('counselorA', 'training.get', { id: t.id })
  expect(detail.attendees.map((a: { name: string }) => a.name).sort()).toEqual(['张晓明', '李思远'].sort())
  await h.fail('counselorA', 'training.create', trainingInput({ audience: { kind: 'staff', personIds: [h.fx.personIds.counselorB] } }), 'INPUT.INVALID')
  // 对象里一个在任的人也没有
  await h.fail('head', 'training.create', trainingInput({ audience: { kind: 'cadres', roles: ['committee'], grades: ['2019级'] } }), 'TRAINING.NO_ATTENDEES')
  await h.fail('head', 'training.create', trainingInput({ endTime: '13:00' }), 'INPUT.INVALID')
})

test('点名的工作人员培训：只有在本站任职的人', async () => {
  h.at(bj('2026-10-20', '09:00'))
  const t = await h.ok('head', 'training.create', trainingInput({ audience: { kind: 'staff', personIds: [h.fx.personIds.counselorA, h.fx.personIds.counselorB] } }))
  expect(t.expected).toBe(2)
  await h.fail('head', 'training.create', trainingInput({ audience: { kind: 'staff', personIds: [h.fx.personIds.otherHead] } }), 'INPUT.INVALID')
  const mine = await h.ok('counselorB', 'training.list', {})
  expect(mine.items.find((x: { id: string }) => x.id === t.id)).toMatchObject({ mine: 'pending' })
})
