/** 定时触发：7 段 cron（含年），本地模式按 config.json 调用；scripts/trigger.ts 手动触发 */
import { execFile } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import tcb from '@cloudbase/node-sdk'
import { splitCron, timerEvent, yearMatches } from '../../emulator/cron'
import { startEmulator, type Emulator } from '../../emulator/server'

const ROOT = path.resolve(__dirname, '../..')
const FUNCTIONS = path.join(__dirname, 'fixtures/functions')
let emu: Emulator
let dir: string
const ticks = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().collection('ticks')

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-cron-'))
  emu = await startEmulator({ dataDir: dir, local: true, cron: true, functionsDir: FUNCTIONS, quiet: true })
  await tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().createCollection('ticks')
})
afterAll(async () => {
  await emu.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('7 段表达式拆成 6 段 + 年字段', () => {
  expect(splitCron('0 0 2 1 * * *')).toEqual({ pattern: '0 0 2 1 * *', year: '*' })
  expect(() => splitCron('0 0 2 * *')).toThrow(/7 fields/)
  expect(yearMatches('*', 2026)).toBe(true)
  expect(yearMatches('2026', 2026)).toBe(true)
  expect(yearMatches('2025-2027', 2026)).toBe(true)
  expect(yearMatches('2027,2099', 2026)).toBe(false)
})

test('Timer 事件形态', () => {
  expect(timerEvent('t', '', new Date('2026-11-21T02:00:00.123Z'))).toEqual({ Type: 'Timer', TriggerName: 't', Time: '2026-11-21T02:00:00Z', Message: '' })
})

test('本地模式按触发器定时调用，context 中没有 openid', async () => {
  const deadline = Date.now() + 4000
  let data: any[] = []
  while (Date.now() < deadline && data.length === 0) {
    await new Promise((r) => setTimeout(r, 200))
    data = (await ticks().where({ 'event.TriggerName': 'everySecond' }).get()).data
  }
  expect(data[0]).toMatchObject({ event: { Type: 'Timer', TriggerName: 'everySecond', Message: '' }, openid: null, trigger: 'timer', local: '1' })
  expect((await ticks().where({ 'event.TriggerName': 'farFuture' }).count()).total).toBe(0)
})

test('npm run trigger 手动触发一次（事件可覆盖）', async () => {
  const out = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/trigger.ts', 'ticker', '{"TriggerName":"farFuture","Message":"manual"}', '--functions-dir', FUNCTIONS],
      { cwd: ROOT, env: { ...process.env, EMULATOR_URL: emu.url } }, (err, stdout, stderr) => (err ? reject(new Error(stderr || String(err))) : resolve(stdout)))
  })
  expect(JSON.parse(out)).toEqual({ ok: true, trigger: 'farFuture' })
  const { data } = await ticks().where({ 'event.Message': 'manual' }).get()
  expect(data).toHaveLength(1)
  expect(data[0].openid).toBeNull()
}, 15_000)
