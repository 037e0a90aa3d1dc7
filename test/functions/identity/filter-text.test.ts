/**
 * 自由文本筛选中的控制字符（如 NUL）在输入校验处即被拒绝：INPUT.INVALID，字段指明，中文提示；不是 INTERNAL。
 */
import { useIdentityEnv } from './helpers'

const t = useIdentityEnv()

const BAD = ['a\u0000b', 'x\u0007', '\u001b[2J', 'a\u007fb', 'a\tb', '\u0085x']

describe('筛选文本不得含控制字符', () => {
  test.each([
    ['org.students', 'q'],
    ['org.classes', 'q'],
    ['org.classes', 'grade'],
    ['org.dorms', 'q'],
    ['org.dorms', 'building'],
    ['people.list', 'q'],
    ['audit.list', 'action'],
  ])('%s 的 %s 含控制字符 → INPUT.INVALID', async (action, field) => {
    for (const bad of BAD) {
      const r = await t.call(t.f.openids.head, action, { [field]: bad })
      expect(r.ok).toBe(false)
      expect(r.error).toMatchObject({ code: 'INPUT.INVALID', fields: [{ path: field, message: expect.stringMatching(/控制字符/) }] })
    }
  })

  test('普通文本照常筛选', async () => {
    const r = await t.call(t.f.openids.head, 'org.students', { q: t.f.studentDocs.a1.name })
    expect(r.ok).toBe(true)
    expect(r.data.items.map((s: any) => s.id ?? s._id)).toContain(t.f.students.a1)
  })
})
