/**
 * 函数网关：POST /api/functions/:name（H5 前端的传输通道）。
 */
import { execFile } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import tcb from '@cloudbase/node-sdk'
import { startEmulator, type Emulator } from '../../emulator/server'
import { callGateway } from '../support/gateway'

const FUNCTIONS = path.join(__dirname, 'fixtures/functions')
let emu: Emulator
let dir: string

const call = (name: string, event: unknown, openid?: string) => callGateway(emu.url, name, event, openid)

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-gw-'))
  fs.mkdirSync(path.join(dir, 'h5/js'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'h5/index.html'), '<html>心桥</html>')
  fs.writeFileSync(path.join(dir, 'h5/js/app.js'), 'console.log(1)')
  emu = await startEmulator({
    dataDir: dir, local: true, functionsDir: FUNCTIONS, staticDir: path.join(dir, 'h5'), quiet: true,
    devUsers: async () => [{ openid: 'o-dev-1', name: '测试用户' }],
  })
  await tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().createCollection('things')
})
afterAll(async () => {
  await emu.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('本地模式下 x-dev-openid 成为调用者 openid，并返回函数结果', async () => {
  const r = await call('whoami', { action: 'x' }, 'o-dev-1')
  expect(r.status).toBe(200)
  expect(r.body).toEqual({ openid: 'o-dev-1', appid: expect.any(String), trigger: 'tcb', event: { action: 'x' }, total: 0 })
})

test('并发调用互相看不到对方的身份', async () => {
  const ids = Array.from({ length: 20 }, (_, i) => `o-${i}`)
  const results = await Promise.all(ids.map((id, i) => call('whoami', { delayMs: (i % 5) * 10 }, id)))
  expect(results.map((r) => r.body.openid)).toEqual(ids)
  expect(process.env.WX_OPENID).toBeUndefined()
})

test('没有登录头时 openid 为空；未知函数 404；抛错 500；超时按 config.json', async () => {
  expect((await call('whoami', {})).body.openid).toBeNull()
  expect((await call('nope', {})).status).toBe(404)
  const failed = await call('whoami', { fail: true }, 'o')
  expect(failed.status).toBe(500)
  expect(failed.body.code).toBe('FUNCTIONS_EXECUTE_FAIL')
  const slow = await call('slow', {})
  expect(slow.body.code).toBe('FUNCTIONS_TIME_LIMIT_EXCEEDED')
})

test('HTTP 调用冒充定时触发器被拒绝（403，函数不执行）；没有登录头的 HTTP 调用也不是定时触发', async () => {
  for (const openid of [undefined, 'o-dev-1']) {
    const r = await call('whoami', { Type: 'Timer', TriggerName: 'tick' }, openid)
    expect(r.status).toBe(403)
    expect(r.body.code).toBe('PERMISSION_DENIED')
  }
  expect((await call('whoami', {})).body.trigger).toBe('http')
})

test('非本地模式忽略 x-dev-openid', async () => {
  const other = await startEmulator({ dataDir: dir, functionsDir: FUNCTIONS, quiet: true })
  try {
    const res = await fetch(`${other.url}/api/functions/whoami`, {
      method: 'POST', headers: { 'x-dev-openid': 'o-evil' }, body: '{}',
    })
    expect((await res.json()).openid).toBeNull()
    expect((await fetch(`${other.url}/api/dev/users`)).status).toBe(404)
  } finally {
    await other.close()
  }
})

test('本地模式：/api/dev/users 返回 devUsers()；静态文件与单页回退', async () => {
  expect(await (await fetch(`${emu.url}/api/dev/users`)).json()).toEqual([{ openid: 'o-dev-1', name: '测试用户' }])
  const js = await fetch(`${emu.url}/js/app.js`)
  expect(js.headers.get('content-type')).toMatch(/javascript/)
  expect(await js.text()).toBe('console.log(1)')
  expect(await (await fetch(`${emu.url}/pages/home/index?x=1`)).text()).toBe('<html>心桥</html>')
  expect(await (await fetch(`${emu.url}/../../etc/passwd`)).text()).toBe('<html>心桥</html>')
})

// jest 有自己的模块注册表（require.cache 无效），所以在真实 Node 子进程里验证
test('重新构建（index.js 变化）后，半秒之后的调用加载新代码', async () => {
  const fnDir = path.join(dir, 'fns')
  fs.mkdirSync(path.join(fnDir, 'v'), { recursive: true })
  const script = path.join(dir, 'reload.ts')
  fs.writeFileSync(script, `
    import fs from 'fs'
    import { Functions } from ${JSON.stringify(path.resolve(__dirname, '../../emulator/gateway'))}
    const file = ${JSON.stringify(path.join(fnDir, 'v/index.js'))}
    fs.writeFileSync(file, 'exports.main = async () => 1')
    const fns = new Functions(${JSON.stringify(fnDir)})
    ;(async () => {
      const a = await fns.invoke('v', {}, 'o')
      fs.writeFileSync(file, 'exports.main = async () => 2')
      fs.utimesSync(file, new Date(), new Date(Date.now() + 5000))
      await new Promise((r) => setTimeout(r, 600))
      console.log(JSON.stringify([a, await fns.invoke('v', {}, 'o')]))
    })()`)
  const out = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, ['--import', 'tsx', script], { cwd: path.resolve(__dirname, '../..') }, (e, so, se) => (e ? reject(new Error(se)) : resolve(so))))
  expect(JSON.parse(out)).toEqual([1, 2])
}, 15_000)
