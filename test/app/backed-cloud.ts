/**
 * 页面测试接上真实云函数：传输层（src/services/cloud，测试文件里 jest.mock 成 jest.fn）
 * 转给进程内模拟器上真实的 identity / observations / counseling / reports / ledger / station / assessment 的 main，
 * 数据来自 test/support/fixtures（两站、三班、十名学生与每种角色的调用者）。
 *
 *   jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))
 *   let cloud: BackedCloud
 *   beforeAll(async () => { cloud = await startBackedCloud() })
 *   afterAll(() => cloud.close())
 *   test('…', async () => {
 *     cloud.signInAs('counselorA')            // 之后页面发出的请求都以这个人的身份
 *     render(<KeyCareDetailView id={…} />)
 *     const r = await cloud.call('counselorA', 'counseling', 'keycare.get', { id })   // 直接读回
 *   })
 */
import timers from 'timers'
import util from 'util'
import v8 from 'v8'
import { actions as counselingActions } from '../../cloudfunctions/counseling'
import { actions as identityActions } from '../../cloudfunctions/identity'
import { actions as assessmentActions } from '../../cloudfunctions/assessment'
import { actions as ledgerActions } from '../../cloudfunctions/ledger'
import { actions as observationsActions } from '../../cloudfunctions/observations'
import { actions as reportsActions } from '../../cloudfunctions/reports'
import { actions as stationActions } from '../../cloudfunctions/station'
import { createMain } from '../../cloudfunctions/_lib/handler'
import { transport } from '../../src/services/cloud'
import type { Envelope, FunctionName } from '../../src/services/transport'
import type { Result } from '../../types/result'
import { callAs, startTestEnv, type TestEnv } from '../support/env'
import { FIXTURE_NOW, seedFixture, type CallerKey, type Fixture } from '../support/fixtures'

// jsdom 环境缺 Node 的几样东西：模拟器要用计时器的 unref()（jsdom 的计时器返回数字），
// SDK 要用 structuredClone，生成 .docx（docx 库）要用 TextEncoder。这里补上 Node 的实现（页面代码同样可用）
Object.assign(globalThis, {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
})
if (typeof globalThis.TextEncoder !== 'function') Object.assign(globalThis, { TextEncoder: util.TextEncoder, TextDecoder: util.TextDecoder })
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = (<T,>(value: T): T => v8.deserialize(v8.serialize(value))) as typeof structuredClone
}

export interface BackedCloud {
  env: TestEnv
  fx: Fixture
  /** 之后页面发出的请求以谁的身份 */
  signInAs(who: CallerKey): void
  /** 设置函数看到的“现在” */
  at(instant: Date | string): void
  /** 直接调用某个函数动作（不经页面），失败时抛出 */
  call<T = any>(who: CallerKey, fn: FunctionName, action: string, payload?: unknown): Promise<T>
  /** 页面发出的请求（函数.动作） */
  requests(): string[]
  close(): Promise<void>
}

export async function startBackedCloud(start: Date = FIXTURE_NOW): Promise<BackedCloud> {
  const env = await startTestEnv()
  const fx = await seedFixture(env.db)
  let now = start
  let who: CallerKey | null = null
  const clock = () => now
  const mains: Partial<Record<FunctionName, ReturnType<typeof createMain>>> = {
    identity: createMain(identityActions, { clock }),
    observations: createMain(observationsActions, { clock }),
    counseling: createMain(counselingActions, { clock }),
    reports: createMain(reportsActions, { clock }),
    ledger: createMain(ledgerActions, { clock }),
    assessment: createMain(assessmentActions, { clock }),
    station: createMain(stationActions, { clock }),
  }
  const sent: string[] = []
  const invoke = (caller: CallerKey | null, fn: FunctionName, envelope: Envelope): Promise<Result<unknown>> => {
    const main = mains[fn]
    if (!main) throw new Error(`页面测试没有接上 ${fn} 函数`)
    return callAs(main, caller ? fx.openids[caller] : null, envelope)
  }
  const mock = transport as unknown as jest.Mock
  mock.mockReset()
  mock.mockImplementation(async (fn: FunctionName, envelope: Envelope) => {
    sent.push(`${fn}.${envelope.action}`)
    return invoke(who, fn, envelope)
  })
  return {
    env,
    fx,
    signInAs(next) {
      who = next
    },
    at(instant) {
      now = new Date(instant)
    },
    async call(caller, fn, action, payload = {}) {
      const r = await invoke(caller, fn, { action, payload })
      if (!r.ok) throw new Error(`${fn}.${action} as ${caller} failed: ${JSON.stringify(r.error)}`)
      return r.data as any
    },
    requests: () => [...sent],
    close: () => env.close(),
  }
}
