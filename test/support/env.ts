/**
 * 云函数测试环境。用法：
 *
 *   let env: TestEnv
 *   beforeAll(async () => { env = await startTestEnv() })
 *   afterAll(() => env.close())
 *   test('…', async () => {
 *     const r = await callAs(main, 'openid-1', { action: 'x', payload: {} })   // null = 定时触发（无 openid）
 *     const { data } = await env.db.collection('students').where({}).get()
 *   })
 *
 * startTestEnv() 在本进程内以随机端口启动模拟器（全新的临时数据目录），设置 TCB_CONTEXT_CNFG 等环境变量，
 * 重建 SDK 实例（resetCloud），并通过 SDK 创建 ALL_COLLECTIONS 中的每个集合。
 * 函数代码经真实的 @cloudbase/node-sdk 访问模拟器；调用者身份只经 callAs 传入的 context。
 * stats()/resetStats() 读取/清零模拟器按 action 的请求计数（用于断言查询次数）。
 * outbox()/subscribe()/resetOutbox()：模拟微信的发件箱与订阅额度（订阅消息经真实的 wx-server-sdk 发到这里）。
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import { ALL_COLLECTIONS } from '../../cloudfunctions/_lib/collections'
import { db as sdkDb, resetCloud, type Database } from '../../cloudfunctions/_lib/sdk'
import { makeFunctionContext } from '../../emulator/context'
import { startEmulator } from '../../emulator/server'
import type { OutboxEntry } from '../../emulator/wechat'
import { resetWechat } from '../../cloudfunctions/_lib/wechat'

export interface TestEnv {
  url: string
  dbUrl: string
  /** 模拟器的数据目录（云存储文件在其下的 storage/） */
  dataDir: string
  db: Database
  stats(): Promise<{ since: string; total: number; byAction: Record<string, number> }>
  resetStats(): Promise<void>
  /** 模拟微信收到的订阅消息请求（GET /emulator/outbox），按到达顺序 */
  outbox(): Promise<OutboxEntry[]>
  /** 用户在小程序里接受了这些模板的订阅（一次性各一次；longTerm = 长期订阅） */
  subscribe(openid: string, templateIds: string[], longTerm?: boolean): Promise<void>
  /** 清空发件箱与订阅额度 */
  resetOutbox(): Promise<void>
  close(): Promise<void>
}

export async function startTestEnv(): Promise<TestEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinqiao-test-'))
  const emu = await startEmulator({ port: 0, dataDir, quiet: true })
  resetCloud()
  resetWechat()
  const db = sdkDb()
  for (const name of ALL_COLLECTIONS) await db.createCollection(name)
  return {
    url: emu.url,
    dbUrl: emu.dbUrl,
    dataDir,
    db,
    async stats() {
      return (await fetch(`${emu.url}/emulator/stats`)).json()
    },
    async resetStats() {
      await fetch(`${emu.url}/emulator/stats/reset`, { method: 'POST' })
    },
    async outbox() {
      return ((await (await fetch(`${emu.url}/emulator/outbox`)).json()) as { items: OutboxEntry[] }).items
    },
    async subscribe(openid, templateIds, longTerm = false) {
      await fetch(`${emu.url}/emulator/wechat/subscribe`, { method: 'POST', body: JSON.stringify({ openid, templateIds, longTerm }) })
    },
    async resetOutbox() {
      await fetch(`${emu.url}/emulator/outbox/reset`, { method: 'POST' })
    },
    async close() {
      await emu.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** 以某个 openid（null = 定时触发）调用云函数 main，context 与平台形态一致 */
export async function callAs(
  main: (e: unknown, c: unknown) => Promise<any>,
  openid: string | null,
  event: unknown,
): Promise<any> {
  return main(event, makeFunctionContext('test', openid))
}
