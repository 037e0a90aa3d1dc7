/** identity 测试共用：模拟器 + 夹具 + 可调时钟 */
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { actions } from '../../../cloudfunctions/identity'
import { callAs, startTestEnv, type TestEnv } from '../../support/env'
import { FIXTURE_NOW, seedFixture, type Fixture } from '../../support/fixtures'

export interface IdentityTestEnv {
  env: TestEnv
  f: Fixture
  /** 当前时钟（可修改） */
  clock: { now: Date }
  call: (openid: string | null, action: string, payload?: unknown, extra?: Record<string, unknown>) => Promise<any>
  count: (collection: string, where?: Record<string, unknown>) => Promise<number>
}

export function useIdentityEnv(): IdentityTestEnv {
  const t = { clock: { now: FIXTURE_NOW } } as IdentityTestEnv
  const main = createMain(actions, { clock: () => t.clock.now })
  beforeAll(async () => {
    t.env = await startTestEnv()
    t.f = await seedFixture(t.env.db)
  })
  afterAll(() => t.env?.close())
  t.call = (openid, action, payload, extra) => callAs(main, openid, { action, payload, ...extra })
  t.count = async (collection, where = {}) => {
    const res = (await t.env.db.collection(collection).where(where).count()) as { total: number }
    return res.total
  }
  return t
}

export const minutes = (d: Date, n: number) => new Date(d.getTime() + n * 60_000)
export const days = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000)
