/**
 * 小程序里没有可用的 new Function：客户端校验必须不生成代码也照常工作。
 * 把全局 Function 换成一调用就抛错并记次数的替身，再跑客户端预校验。
 * （zod 到第一次校验时才试探 Function，所以先导入、后替换也测得到。）
 */
// 不单独导入 config/zod：客户端校验模块自己先开 jitless
import { validatePayload } from '../../src/features/observations/draft'

const realFunction = globalThis.Function
let generated = 0
const unavailable = new Proxy(realFunction, {
  construct() {
    generated += 1
    throw new EvalError('Function is unavailable')
  },
  apply() {
    generated += 1
    throw new EvalError('Function is unavailable')
  },
})

beforeAll(() => {
  globalThis.Function = unavailable as FunctionConstructor
})
afterAll(() => {
  globalThis.Function = realFunction
})

test('Function 不可用时客户端校验照常：合法的通过、不合法的指出字段，且从不生成代码', () => {
  const base = { week: 7, kind: 'class' as const, unitId: 'c1', idempotencyKey: 'key-12345678', hasConcern: false, overall: '', majorEvents: '', concerns: [] }
  // 同一 schema 多次校验：zod 默认会在第二次起尝试编译快速路径
  for (let i = 0; i < 3; i++) expect(validatePayload(base)).toEqual({})
  const errors = validatePayload({ ...base, hasConcern: true, idempotencyKey: 'x' })
  expect(Object.keys(errors).sort()).toEqual(['concerns', 'idempotencyKey', 'overall'])
  expect(generated).toBe(0)
})
