/**
 * 手动触发一次云函数的定时触发器（与平台的定时调用相同：无 openid 的 context + Timer 事件）：
 *   npm run trigger -- <function> [jsonPayload]
 * - 函数从 dist/functions/<function>/index.js 加载（--functions-dir 可改），在本进程内运行；
 * - 数据库连到正在运行的模拟器：$EMULATOR_URL，默认 http://127.0.0.1:${PORT ?? 8787}；
 * - 事件为 { Type: 'Timer', TriggerName, Time, Message: '' }，TriggerName 默认取 config.json 中第一个 timer 触发器；
 *   jsonPayload 合并进事件，例如 '{"TriggerName":"weekly","Time":"2026-11-23T14:00:00Z"}'。
 */
import path from 'path'
import { timerEvent } from '../emulator/cron'
import { applyCloudEnv } from '../emulator/env'
import { Functions } from '../emulator/gateway'

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  let functionsDir = 'dist/functions'
  const i = args.indexOf('--functions-dir')
  if (i >= 0) {
    functionsDir = args[i + 1]
    args.splice(i, 2)
  }
  const [name, payloadText] = args
  if (!name) throw new Error('usage: npm run trigger -- <function> [jsonPayload]')
  const payload = payloadText ? (JSON.parse(payloadText) as Record<string, unknown>) : {}
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) throw new Error('jsonPayload must be a JSON object')

  const url = (process.env.EMULATOR_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`).replace(/\/+$/, '')
  try {
    await fetch(`${url}/emulator/health`)
  } catch {
    throw new Error(`no emulator at ${url}; start one with npm run emulator (or set EMULATOR_URL)`)
  }
  applyCloudEnv(`${url}/admin`, true)

  const fns = new Functions(path.resolve(functionsDir))
  const timers = (fns.config(name).triggers ?? []).filter((t) => t.type === 'timer')
  const event = { ...timerEvent(timers[0]?.name ?? 'manual'), ...payload }
  if (timers.length > 1 && !payload.TriggerName) {
    console.error(`[trigger] ${name} has timers ${timers.map((t) => t.name).join(', ')}; firing ${event.TriggerName}`)
  }
  const result = await fns.invoke(name, event, null)
  console.log(JSON.stringify(result, null, 2))
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`[trigger] ${(e as Error).message ?? e}`)
    process.exit(1)
  },
)
