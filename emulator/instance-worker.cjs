'use strict'
/**
 * 云函数实例（子进程）：由 emulator/instances.ts 启动，按父进程发来的消息调用已构建的函数。
 * 与平台一样，函数代码和数据库不在同一个进程里；环境变量（TCB_CONTEXT_CNFG 等）继承自模拟器进程。
 * 纯 CommonJS，不依赖 TypeScript 运行时（jest、tsx、普通 node 启动的模拟器都能直接 fork）。
 */
const fs = require('fs')

/** file → { main, mtimeMs }：构建产物更新（mtime 变化）后重新加载 */
const loaded = new Map()

function load(file) {
  const mtimeMs = fs.statSync(file).mtimeMs
  const hit = loaded.get(file)
  if (hit && hit.mtimeMs === mtimeMs) return hit.main
  delete require.cache[require.resolve(file)]
  const mod = require(file)
  const main = mod.main || (mod.default && mod.default.main)
  if (typeof main !== 'function') throw Object.assign(new Error(`${file} does not export main`), { code: 'FUNCTIONS_NOT_FOUND' })
  loaded.set(file, { main, mtimeMs })
  return main
}

process.on('message', async (m) => {
  if (m.cpu) {
    const c = process.cpuUsage()
    process.send({ id: m.id, ok: true, result: c.user + c.system })
    return
  }
  const started = Date.now()
  const limit = m.context.time_limit_in_ms
  const context = { ...m.context, getRemainingTimeInMillis: () => Math.max(0, limit - (Date.now() - started)) }
  let reply
  try {
    // 事件以 JSON 文本传来（见 instances.ts run）：JSON.parse 不受嵌套深度影响
    const event = typeof m.eventJson === 'string' ? JSON.parse(m.eventJson) : m.event
    const result = await load(m.file)(event, context)
    reply = { id: m.id, ok: true, result: result === undefined ? null : result }
  } catch (e) {
    reply = { id: m.id, ok: false, code: e && e.code === 'FUNCTIONS_NOT_FOUND' ? e.code : undefined, message: e && e.message ? e.message : String(e) }
  }
  try {
    process.send(reply)
  } catch (e) {
    process.send({ id: m.id, ok: false, message: `function result cannot be sent: ${e.message}` })
  }
})

// 函数里遗漏的 Promise 拒绝只记日志，不拖垮整个实例（其它调用照常）
process.on('unhandledRejection', (e) => console.error('[function instance] unhandled rejection:', e))
process.on('disconnect', () => process.exit(0))
