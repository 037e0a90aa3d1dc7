/**
 * 宣教活动：计划 → 已开展 → 已总结，只进不退；已开展时照片（最多 9 张）与签到表经云存储上传，
 * 类型不对、超过 10 MB、第 10 张都被拒且一个文件也不留；学期统计与“没有主题活动”提醒；团体心理辅导成员读取记审计。
 */
import { actions as identity } from '../../../cloudfunctions/identity'
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { cloud } from '../../../cloudfunctions/_lib/sdk'
import { callAs } from '../../support/env'
import type { CallerKey } from '../../support/fixtures'
import { bj, C, setup, type Harness } from './helpers'

let h: Harness
let identityMain: ReturnType<typeof createMain>
beforeAll(async () => {
  h = await setup()
  h.at(bj('2026-10-21', '10:00'))
  identityMain = createMain(identity, { clock: () => h.now() })
})
afterAll(() => h.env.close())

const JPG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 1)])
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 1)])

async function upload(who: CallerKey, filename: string, content: Buffer): Promise<string> {
  const r = await callAs(identityMain, h.fx.openids[who], { action: 'file.prepare', payload: { purpose: 'activity', filename } })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  const { fileID } = await cloud().uploadFile({ cloudPath: r.data.cloudPath, fileContent: content })
  return fileID as string
}
const photos = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => upload('head', `p${i}.jpg`, JPG)))
const files = () => h.count(C.files, {})

const plan = (extra: Record<string, unknown> = {}) => ({
  type: 'theme', title: '5·25 心理健康月启动仪式', theme: '悦纳自我', audience: '全院学生', date: '2026-10-20', place: '学院广场', ...extra,
})

test('计划 → 已开展（照片与签到表）→ 已总结；回退与跳过都被拒', async () => {
  const a = await h.ok('head', 'activity.create', plan())
  expect(a.stage).toBe('planned')
  await h.fail('head', 'activity.summarise', { id: a.id, summary: '做了', effect: '好' }, 'STATE.INVALID_TRANSITION')
  const held = await h.ok('head', 'activity.hold', { id: a.id, participants: 120, photoIds: await photos(2), signSheetId: await upload('head', '签到表.pdf', PDF) })
  expect(held).toMatchObject({ stage: 'held', participants: 120, photoCount: 2, hasSignSheet: true })
  const again = await photos(1)
  await h.fail('head', 'activity.hold', { id: a.id, participants: 130, photoIds: again }, 'ACTIVITY.STAGE_BACKWARDS')
  const done = await h.ok('head', 'activity.summarise', { id: a.id, summary: '开展了游园与讲座', effect: '学生反响热烈' })
  expect(done.stage).toBe('summarised')
  await h.fail('head', 'activity.summarise', { id: a.id, summary: '再写', effect: '再写' }, 'ACTIVITY.STAGE_BACKWARDS')
  await h.fail('head', 'activity.hold', { id: a.id, participants: 1, photoIds: [] }, 'ACTIVITY.STAGE_BACKWARDS')
  const detail = await h.ok('head', 'activity.get', { id: a.id })
  expect(detail.photos).toHaveLength(2)
  expect(detail.signSheet).toMatchObject({ filename: '签到表.pdf' })
  expect((await h.get(C.activities, a.id)).participants).toBe(120)
})

test('第 10 张照片、不是图片或 PDF 的文件、超过 10 MB 的文件：具名拒绝，一个文件也不留，活动仍是计划', async () => {
  const a = await h.ok('head', 'activity.create', plan({ type: 'lecture', title: '压力管理讲座' }))
  const before = await files()
  await h.fail('head', 'activity.hold', { id: a.id, participants: 50, photoIds: await photos(10) }, 'FILE.TOO_MANY')
  expect(await files()).toBe(before)

  const good = await photos(2)
  const fake = await upload('head', 'fake.jpg', Buffer.from('这不是图片'))
  await h.fail('head', 'activity.hold', { id: a.id, participants: 50, photoIds: [...good, fake] }, 'FILE.WRONG_TYPE')
  expect(await files()).toBe(before)

  const big = await upload('head', 'big.jpg', Buffer.concat([JPG, Buffer.alloc(10 * 1024 * 1024)]))
  await h.fail('head', 'activity.hold', { id: a.id, participants: 50, photoIds: [big] }, 'FILE.TOO_LARGE')
  expect(await files()).toBe(before)
  // 预留上传时扩展名就不对
  const r = await callAs(identityMain, h.fx.openids.head, { action: 'file.prepare', payload: { purpose: 'activity', filename: '记录.docx' } })
  expect(r.error.code).toBe('FILE.WRONG_TYPE')
  expect((await h.get(C.activities, a.id)).stage).toBe('planned')
})

test('心理主题班会关联范围内的晚点名；团体心理辅导的成员是学生，读取记审计', async () => {
  await h.insert(C.rollCalls, [
    { _id: `${h.fx.termId}:6:${h.fx.classes.A}`, stationId: h.fx.stationId, termId: h.fx.termId, week: 6, classId: h.fx.classes.A, meetingTopic: '情绪管理' },
    { _id: `${h.fx.termId}:6:${h.fx.classes.C}`, stationId: h.fx.stationId, termId: h.fx.termId, week: 6, classId: h.fx.classes.C, meetingTopic: '适应' },
  ])
  const m = await h.ok('counselorA', 'activity.create', plan({ type: 'class_meeting', title: '情绪管理班会', rollCallId: `${h.fx.termId}:6:${h.fx.classes.A}` }))
  expect(m.rollCallId).toBe(`${h.fx.termId}:6:${h.fx.classes.A}`)
  await h.fail('counselorA', 'activity.create', plan({ type: 'class_meeting', rollCallId: `${h.fx.termId}:6:${h.fx.classes.C}` }), 'NOT_FOUND')
  await h.fail('counselorA', 'activity.create', plan({ rollCallId: `${h.fx.termId}:6:${h.fx.classes.A}` }), 'INPUT.INVALID')

  const g = await h.ok('counselorA', 'activity.create', plan({
    type: 'group_counseling', title: '人际交往团辅', facilitator: '钱老师', memberIds: [h.fx.students.a1, h.fx.students.b2], sessions: 4,
  }))
  expect(g).toMatchObject({ memberCount: 2, sessions: 4 })
  await h.fail('counselorA', 'activity.create', plan({ type: 'group_counseling', facilitator: '钱老师', memberIds: [h.fx.students.c1] }), 'NOT_FOUND')
  const detail = await h.ok('counselorA', 'activity.get', { id: g.id })
  expect(detail.members.map((x: { name: string }) => x.name)).toEqual(['张晓明', '刘欣然'])
  expect(await h.count(C.auditLogs, { action: 'ledger.activity.get', targetIds: h.fx.students.a1 })).toBe(1)
  // 别的辅导员看不到
  await h.fail('counselorB', 'activity.get', { id: g.id }, 'NOT_FOUND')
})

test('学期统计：按类型的计划 / 已开展 / 已总结；没有主题活动时提醒', async () => {
  const stats = await h.ok('head', 'activity.stats', {})
  const row = (t: string) => stats.rows.find((r: { type: string }) => r.type === t)
  expect(row('theme')).toEqual({ type: 'theme', planned: 1, held: 1, summarised: 1 })
  expect(row('lecture')).toEqual({ type: 'lecture', planned: 1, held: 0, summarised: 0 })
  expect(row('group_counseling')).toEqual({ type: 'group_counseling', planned: 1, held: 0, summarised: 0 })
  expect(stats.warnings).toEqual([])
  h.at(bj('2027-03-10', '10:00'))
  await h.insert(C.terms, { _id: 'fx-term-S-spring', stationId: h.fx.stationId, name: '2026-2027学年第二学期', startDate: '2027-03-01', weeks: 18, weeksOff: [], deadlineWeekday: 7, deadlineTime: '22:00', createdAt: h.now(), updatedAt: h.now() })
  const spring = await h.ok('head', 'activity.stats', {})
  expect(spring.warnings).toEqual([expect.stringContaining('还没有主题宣教活动')])
})
