/**
 * E2E 工具：浏览器、开发登录、经函数网关调用函数、截图。
 *
 *   const b = await openBrowser()
 *   await enterAs(b.page, 'demo-head')
 *   await shot(b.page, 'head-home')
 *   await b.close()
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import type { DevUser } from '../../types/dev'

export const CHROMIUM = '/usr/bin/chromium'
const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots')

/** 被测应用地址（globalSetup 设置） */
export function appUrl(): string {
  const url = process.env.XQ_E2E_URL
  if (!url) throw new Error('XQ_E2E_URL 未设置：请用 jest -c jest.e2e.config.js 运行')
  return url
}

export interface Browser {
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

/** 浏览器进程的环境：去掉 libfaketime 的预加载（见 openBrowser） */
function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k === 'LD_PRELOAD' || k.startsWith('FAKETIME')) continue
    env[k] = v
  }
  return env
}

/** 全新的浏览器资料目录 + 375×812 手机视口 */
export async function openBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'xq-e2e-chrome-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: browserEnv(),
  })
  // 日期扫描（libfaketime）下浏览器不带 LD_PRELOAD（Chromium 的多进程各自起算假时钟会互相错开、页面加载超时），
  // 改由 Playwright 的时钟把页面时间对齐到本进程（已被伪造）的“现在”，之后照常流逝
  if (process.env.FAKETIME) await context.clock.install({ time: new Date() })
  const page = context.pages()[0] ?? (await context.newPage())
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return {
    context,
    page,
    async close() {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
      if (errors.length) throw new Error(`页面脚本出错：\n${errors.join('\n')}`)
    },
  }
}

/** 演示身份列表（与开发登录页一致） */
export async function devUsers(): Promise<DevUser[]> {
  const res = await fetch(`${appUrl()}/api/dev/users`)
  return (await res.json()) as DevUser[]
}

/** 经函数网关以 openid 的身份调用函数动作，失败时抛出 */
export async function api<T>(openid: string, fn: string, action: string, payload: unknown): Promise<T> {
  const res = await fetch(`${appUrl()}/api/functions/${fn}`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': openid }, body: JSON.stringify({ action, payload }),
  })
  const r = (await res.json()) as { ok: boolean; data: T; error?: unknown }
  if (!r.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(r.error)}`)
  return r.data
}

/** 第一个持有该角色的演示身份 */
export async function demoUserWith(role: DevUser['assignments'][number]['role']): Promise<DevUser> {
  const user = (await devUsers()).find((u) => u.assignments.some((a) => a.role === role))
  if (!user) throw new Error(`演示数据里没有 ${role}`)
  return user
}

/** 以某个 openid 进入（开发登录 → 隐私提示 → 启动页）。返回后页面停在首页或绑定页 */
export async function enterAs(page: Page, openid: string): Promise<void> {
  await page.goto(`${appUrl()}/#/pages/dev-login/index?openid=${encodeURIComponent(openid)}`)
  // 新的浏览器资料目录第一次打开会先看到隐私提示
  await page.locator('.xq-privacy, .xq-tile, .xq-bind').first().waitFor({ timeout: 20_000 })
  if (await page.locator('.xq-privacy').isVisible()) await page.getByText('同意并继续').click()
  await page.locator('.xq-tile, .xq-bind').first().waitFor({ timeout: 20_000 })
}

/** 截图到 test-results/screenshots/<name>.png（整页） */
export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true })
  const file = path.join(SHOTS, `${name}.png`)
  // H5 的页面切换动画（约 0.5 秒）期间新页面在视口右侧：等它归位再截整页
  await page
    .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 3000 })
    .catch(() => undefined)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
