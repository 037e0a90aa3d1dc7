/**
 * 学年工作总结：由一个逐条核对过的学年起草（2026-2027，两个学期），站长修改、提交冻结为版本，中心退回后再交，导出 .docx。
 *
 * 手工核对的学年（站点 S）：
 *   学期：2026-09-07 起 18 周；2027-02-22 起 18 周 → 应报月报 9 个月（9–1 月、2–5 月；6 月截止日未到）
 *   月报：9 月 10-03 提交（按时）、10 月 11-10 提交（迟报）→ 已报 2、按时 1
 *   周报 3 份，关注共 2 人次；即时报告 3 起：10 分钟确认、45 分钟确认（限时 30）、未确认且已超时
 *     → 时限内 1/3，中位数 27.5 分钟
 *   谈话 4 次（学年外 1 次不计）；朋辈谈心已确认 2、待确认 1
 *   普测 1 轮：应测 4，已测 3，1 人有原因 → 75%，已完成
 *   计划：9 月“按时报送月报”关联 9 月月报（已完成）；11 月“团体辅导”无关联（未完成）
 */
import JSZip from 'jszip'
import { actions } from '../../../cloudfunctions/station'
import { C, setup, type Harness } from './helpers'

let h: Harness
const AT = '2027-06-20T10:00:00+08:00'
const min = (iso: string, m: number) => new Date(new Date(iso).getTime() + m * 60_000)

beforeAll(async () => {
  h = await setup(actions)
  const f = h.fx
  const S = f.stationId
  const now = h.now()
  await h.insert(C.terms, [{ _id: 'fx-term-S-2', stationId: S, name: '2026-2027学年第二学期', startDate: '2027-02-22', weeks: 18, weeksOff: [], deadlineWeekday: 7, deadlineTime: '22:00', createdAt: now, updatedAt: now }])
  const version = (at: string) => [{ version: 1, submittedAt: new Date(at), submittedBy: f.personIds.head, submittedByName: '孙站长', snapshot: {} }]
  await h.insert(C.monthlyReports, [
    { _id: `${S}:2026-09`, stationId: S, month: '2026-09', status: 'submitted', versions: version('2026-10-03T10:00:00+08:00') },
    { _id: `${S}:2026-10`, stationId: S, month: '2026-10', status: 'submitted', versions: version('2026-11-10T10:00:00+08:00') },
  ])
  const concern = (id: string) => ({ id, studentId: f.students.a1, studentName: '张晓明', category: '情绪异常' })
  await h.insert(C.weeklyReports, [
    { _id: 'w1', stationId: S, termId: f.termId, week: 2, concerns: [concern('c1')] },
    { _id: 'w2', stationId: S, termId: f.termId, week: 3, concerns: [] },
    { _id: 'w3', stationId: S, termId: 'fx-term-S-2', week: 2, concerns: [concern('c2')] },
  ])
  const alert = (id: string, created: string, ackAfter: number | null) => ({
    _id: id, stationId: S, createdAt: new Date(created), ackDeadline: min(created, 30), ackedAt: ackAfter === null ? null : min(created, ackAfter),
  })
  await h.insert(C.alerts, [
    alert('a1', '2026-10-12T09:00:00+08:00', 10), alert('a2', '2027-03-15T09:00:00+08:00', 45), alert('a3', '2027-04-08T09:00:00+08:00', null),
  ])
  const talk = (id: string, date: string) => ({ _id: id, stationId: S, studentId: f.students.a1, date, authorId: f.personIds.counselorA })
  await h.insert(C.talks, [talk('t0', '2026-07-20'), talk('t1', '2026-10-15'), talk('t2', '2026-12-01'), talk('t3', '2027-03-10'), talk('t4', '2027-05-20')])
  const peer = (id: string, date: string, status: string) => ({ _id: id, stationId: S, studentId: f.students.a1, date, status })
  await h.insert(C.peerTalks, [peer('p1', '2026-10-16', 'confirmed'), peer('p2', '2027-03-11', 'confirmed'), peer('p3', '2027-04-01', 'pending')])
  await h.insert(C.screeningRounds, [{ _id: 'r1', stationId: S, name: '2026级新生普测', targetGrades: ['2024级'], startDate: '2026-09-15', endDate: '2026-09-30', flaggedTiers: [] }])
  const part = (k: string, took: boolean, reason?: object) => ({
    _id: `r1:${k}`, roundId: 'r1', stationId: S, studentId: k, classId: f.classes.C, eligible: true, tookPart: took, madeUp: false, ...(reason ? { reason } : {}),
  })
  await h.insert(C.screeningParticipants, [part('s1', true), part('s2', true), part('s3', true), part('s4', false, { kind: 'sick', by: 'x', byName: '冯老师', at: now })])
  await h.insert(C.workPlans, [{
    _id: `${S}:2026-2027`, stationId: S, schoolYear: '2026-2027', status: 'submitted', submittedAt: new Date('2026-09-20T10:00:00+08:00'), createdAt: now, updatedAt: now,
    items: [
      { id: 'i1', what: '按时报送月报', month: '2026-09', who: '孙站长', assessmentItemId: 'routine', links: [{ kind: 'monthly', id: `${S}:2026-09`, label: '2026-09 月报', verified: true, linkedAt: now }] },
      { id: 'i2', what: '团体辅导', month: '2026-11', who: '钱老师', assessmentItemId: 'counseling', links: [] },
    ],
  }])
})
afterAll(() => h.env.close())

describe('学年工作总结', () => {
  test('学年末之前不能起草', async () => {
    h.at('2027-05-31T20:00:00+08:00')
    await h.fail('head', 'summary.draft', { schoolYear: '2026-2027' }, 'SUMMARY.TOO_EARLY')
    expect(await h.count(C.workSummaries)).toBe(0)
  })

  test('由记录起草：每个计划条目完成与否及证明，全年数字与手工核对一致', async () => {
    h.at(AT)
    const s = await h.ok('head', 'summary.draft', { schoolYear: '2026-2027' })
    expect(s).toMatchObject({ status: 'draft', editable: true, rev: 1, version: 0 })
    expect(s.content.planRows).toEqual([
      expect.objectContaining({ itemId: 'i1', what: '按时报送月报', assessmentItemName: '常规工作与计划总结', done: true, evidence: ['2026-09 月报'] }),
      expect.objectContaining({ itemId: 'i2', what: '团体辅导', assessmentItemName: '心理辅导', done: false, evidence: [] }),
    ])
    expect(s.content.figures).toEqual({
      weeklyReports: 3, concerns: 2,
      monthly: { due: 9, submitted: 2, onTime: 1 },
      alerts: { total: 3, decided: 3, withinLimit: 1, share: 1 / 3, medianMinutes: 27.5 },
      talks: 4, peerTalks: { confirmed: 2, pending: 1 }, trainings: 0, activities: 0,
      screenings: [{ name: '2026级新生普测', eligible: 4, participated: 3, rate: 0.75, complete: true }],
    })
  })

  test('站长修改后提交，冻结为第 1 版；中心看到的是快照，可退回；退回后再改再交为第 2 版', async () => {
    const s = await h.ok('head', 'summary.get', { schoolYear: '2026-2027' })
    await h.fail('head', 'summary.update', { schoolYear: '2026-2027', rev: s.rev + 5, text: { overview: 'x' } }, 'CONFLICT')
    const edited = await h.ok('head', 'summary.update', {
      schoolYear: '2026-2027', rev: s.rev, text: { overview: '本学年全站工作平稳有序。', problems: '团体辅导未按计划开展。' },
      notes: [{ itemId: 'i2', note: '场地未落实，顺延到下学年' }],
    })
    expect(edited.content.text).toMatchObject({ overview: '本学年全站工作平稳有序。', achievements: '' })
    expect(edited.content.planRows[1].note).toBe('场地未落实，顺延到下学年')
    expect((await h.ok('center', 'summary.get', { stationId: h.fx.stationId, schoolYear: '2026-2027' })).status).toBe('none')

    const sub = await h.ok('head', 'summary.submit', { schoolYear: '2026-2027' })
    expect(sub).toMatchObject({ status: 'submitted', version: 1, editable: false })
    await h.fail('head', 'summary.submit', { schoolYear: '2026-2027' }, 'SUMMARY.ALREADY_SUBMITTED')
    await h.fail('head', 'summary.update', { schoolYear: '2026-2027', rev: sub.rev, text: { overview: '改' } }, 'SUMMARY.ALREADY_SUBMITTED')
    await h.fail('head', 'summary.draft', { schoolYear: '2026-2027' }, 'SUMMARY.ALREADY_SUBMITTED')

    const centre = await h.ok('center', 'summary.get', { stationId: h.fx.stationId, schoolYear: '2026-2027' })
    expect(centre).toMatchObject({ source: 'snapshot', version: 1, content: { text: { overview: '本学年全站工作平稳有序。' } } })
    const ret = await h.ok('center', 'summary.return', { stationId: h.fx.stationId, schoolYear: '2026-2027', comment: '请补充问题的整改措施' })
    expect(ret.status).toBe('returned')
    expect(await h.count(C.messages, { personId: h.fx.personIds.head, kind: 'returned' })).toBe(1)

    const back = await h.ok('head', 'summary.get', { schoolYear: '2026-2027' })
    expect(back).toMatchObject({ status: 'returned', editable: true, returnComment: '请补充问题的整改措施' })
    await h.ok('head', 'summary.update', { schoolYear: '2026-2027', rev: back.rev, text: { problems: '团体辅导未按计划开展；已落实场地，9 月开展。' } })
    const v2 = await h.ok('head', 'summary.submit', { schoolYear: '2026-2027' })
    expect(v2.version).toBe(2)
    expect(v2.versions.map((v: { version: number }) => v.version)).toEqual([1, 2])
    expect(v2.returns).toEqual([expect.objectContaining({ version: 1, comment: '请补充问题的整改措施' })])
  })

  test('导出 .docx：中文标题、计划完成情况与全年数字表', async () => {
    const file = await h.ok('center', 'summary.export', { stationId: h.fx.stationId, schoolYear: '2026-2027' })
    expect(file.filename).toBe('机电工程学院-2026-2027学年工作总结-第2版.docx')
    const zip = await JSZip.loadAsync(Buffer.from(await (await fetch(encodeURI(file.url))).arrayBuffer()))
    const xml = await zip.file('word/document.xml')!.async('string')
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|')
    for (const head of ['一、总体情况', '二、工作计划完成情况', '三、全年工作数据', '四、工作成效与特色', '五、存在的问题', '六、下学年工作思路']) {
      expect(text).toContain(head)
    }
    expect(text).toContain('团体辅导|2026-11|钱老师|心理辅导|未完成')
    expect(text).toContain('应测 4 人，已测 3 人，参测率 75%，已完成')
    expect(text).toContain('已落实场地，9 月开展。')
    await h.fail('otherHead', 'summary.export', { stationId: h.fx.stationId, schoolYear: '2026-2027' }, 'NOT_FOUND')
  })
})
