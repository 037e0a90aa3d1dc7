import { ALL_COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { useIdentityEnv } from './helpers'

const t = useIdentityEnv()

async function totalDocs(): Promise<number> {
  let n = 0
  for (const c of ALL_COLLECTIONS) n += await t.count(c)
  return n
}

describe('输入校验与身份', () => {
  test('缺少 action、未知 action、多余字段、类型错误、超长字符串都被拒绝，且不写入任何数据', async () => {
    const before = await totalDocs()
    const h = t.f.openids.head
    const main = (event: unknown) => t.call(h, '', undefined, event as Record<string, unknown>)
    expect((await main({ action: undefined })).error).toMatchObject({ code: 'INPUT.INVALID', fields: [{ path: 'action' }] })
    expect((await t.call(h, 'org.delete')).error.code).toBe('INPUT.UNKNOWN_ACTION')
    expect((await t.call(h, 'toString')).error.code).toBe('INPUT.UNKNOWN_ACTION')
    const extra = await t.call(h, 'invite.create', { role: 'committee', classId: t.f.classes.A, stationId: t.f.otherStationId })
    expect(extra.error.code).toBe('INPUT.INVALID')
    const wrongType = await t.call(h, 'invite.create', { role: 'committee', classId: 42 })
    expect(wrongType.error).toMatchObject({ code: 'INPUT.INVALID', fields: [expect.objectContaining({ path: 'classId' })] })
    const badRole = await t.call(h, 'invite.create', { role: 'admin' })
    expect(badRole.error.code).toBe('INPUT.INVALID')
    const long = await t.call('someone', 'bind', { code: 'X'.repeat(33), name: '某'.repeat(40) })
    expect(long.error.fields.map((x: { path: string }) => x.path).sort()).toEqual(['code', 'name'])
    const badTerm = await t.call(h, 'term.set', { name: '学期', startDate: '2026-09-08', weeks: 18, weeksOff: [20] })
    expect(badTerm.error.fields.map((x: { path: string }) => x.path).sort()).toEqual(['startDate', 'weeksOff'])
    const badWeeksOff = await t.call(h, 'term.set', { name: '学期', startDate: '2026-09-07', weeks: 18, weeksOff: [20] })
    expect(badWeeksOff.error.fields[0].path).toBe('weeksOff')
    expect((await t.call(h, 'org.students', { pageSize: 1000 })).error.fields[0].path).toBe('pageSize')
    expect((await t.call(h, 'org.student', {})).error.fields[0]).toMatchObject({ path: 'studentId', message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
    expect(await totalDocs()).toBe(before)
  })

  test('信封中的 openid 之类字段无效：身份只来自平台上下文', async () => {
    const r = await t.call(null, 'me', {}, { userInfo: { openId: t.f.openids.head } })
    expect(r.error.code).toBe('AUTH.UNAUTHENTICATED')
    const spoof = await t.call(t.f.openids.unbound, 'me', {}, { openid: t.f.openids.head })
    expect(spoof.error.code).toBe('INPUT.INVALID')
  })

  test('没有平台身份的调用一律 AUTH.UNAUTHENTICATED', async () => {
    for (const action of ['me', 'bind', 'org.students', 'audit.list']) {
      expect((await t.call(null, action, {})).error.code).toBe('AUTH.UNAUTHENTICATED')
    }
  })

  test('请求本人未持有的角色得到 AUTH.FORBIDDEN', async () => {
    expect((await t.call(t.f.openids.committeeA, 'me', {}, { role: 'head' })).error.code).toBe('AUTH.FORBIDDEN')
  })
})

describe('层层嵌套的输入', () => {
  test('5,000 层嵌套的 payload 或信封字段 → INPUT.INVALID（不是 INTERNAL），不写入', async () => {
    let deep: unknown = 1
    for (let i = 0; i < 5000; i++) deep = { a: deep }
    const h = t.f.openids.head
    expect((await t.call(h, 'org.students', deep)).error.code).toBe('INPUT.INVALID')
    expect((await t.call(h, 'org.students', { q: deep })).error).toMatchObject({ code: 'INPUT.INVALID', fields: [{ path: 'q' }] })
    expect((await t.call(h, 'me', {}, { extra: deep })).error.code).toBe('INPUT.INVALID')
  })
})
