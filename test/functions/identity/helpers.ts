/** identity 测试共用：模拟器 + 夹具 + 可调时钟 */
import { createMain } from '../../../cloudfunctions/_lib/handler'
import { cloud } from '../../../cloudfunctions/_lib/sdk'
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
  /**
   * 像客户端一样上传：file.prepare 预留路径，再经真实 SDK 的 uploadFile 放进（模拟器的）云存储。
   * 返回文件 id；预留失败时抛出带错误码的异常。
   */
  upload: (openid: string, purpose: string, filename: string, data: string | Buffer) => Promise<string>
  /** 以站长身份上传并导入名册 */
  importRoster: (filename: string, data: string | Buffer) => Promise<any>
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
  t.upload = async (openid, purpose, filename, data) => {
    const r = await t.call(openid, 'file.prepare', { purpose, filename })
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
    const fileContent = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    const { fileID } = await cloud().uploadFile({ cloudPath: r.data.cloudPath, fileContent })
    return fileID as string
  }
  t.importRoster = async (filename, data) => t.call(t.f.openids.head, 'roster.import', { fileID: await t.upload(t.f.openids.head, 'roster', filename, data) })
  return t
}

export const minutes = (d: Date, n: number) => new Date(d.getTime() + n * 60_000)
export const days = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000)
