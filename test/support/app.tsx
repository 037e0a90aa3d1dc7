/**
 * 页面测试工具：只 mock 应用边界上的传输层（src/services/cloud），其余全部真实运行。
 *
 *   jest.mock('../../src/services/cloud', () => ({ transport: jest.fn() }))
 *   const cloud = mockCloud({ 'identity.me': ok(me) })
 */
import { act, fireEvent, waitFor } from '@testing-library/react'
import { flushSync } from 'react-dom'
import type { Envelope, FunctionName } from '../../src/services/transport'
import { transport } from '../../src/services/cloud'
import { ERROR_MESSAGES, type ErrorCode } from '../../types/errors'
import type { FieldError, Result } from '../../types/result'

export const ok = <T,>(data: T): Result<T> => ({ ok: true, data })
export const fail = (code: ErrorCode, fields?: FieldError[]): Result<never> => ({
  ok: false,
  error: { code, message: ERROR_MESSAGES[code], ...(fields ? { fields } : {}) },
})

type Reply = Result<unknown> | ((envelope: Envelope) => Result<unknown>)

/** 按 “函数.动作” 给出回复；数组表示依次回复（最后一个重复使用）。返回 mock 以便断言调用 */
export function mockCloud(replies: Record<string, Reply | Reply[]>): jest.Mock {
  const mock = transport as unknown as jest.Mock
  const counters = new Map<string, number>()
  mock.mockReset()
  mock.mockImplementation(async (name: FunctionName, envelope: Envelope) => {
    const key = `${name}.${envelope.action}`
    const entry = replies[key]
    if (entry === undefined) return fail('INPUT.UNKNOWN_ACTION')
    const list = Array.isArray(entry) ? entry : [entry]
    const i = counters.get(key) ?? 0
    counters.set(key, i + 1)
    const reply = list[Math.min(i, list.length - 1)]
    return typeof reply === 'function' ? reply(envelope) : reply
  })
  return mock
}

/** 某动作收到的全部信封 */
export function envelopesOf(mock: jest.Mock, key: string): Envelope[] {
  return mock.mock.calls.filter(([name, env]) => `${name}.${(env as Envelope).action}` === key).map(([, env]) => env as Envelope)
}

/** 等待 Taro 输入框（Web Component 内部的原生 input/textarea）渲染出来 */
export async function findField(container: HTMLElement, name: string): Promise<HTMLInputElement | HTMLTextAreaElement> {
  return waitFor(() => {
    const el = container.querySelector<HTMLInputElement | HTMLTextAreaElement>(`input[name="${name}"], textarea[name="${name}"]`)
    if (!el) throw new Error(`没有名为 ${name} 的输入框`)
    return el
  })
}

/** 在 Taro 输入框里输入 */
export async function typeInto(container: HTMLElement, name: string, value: string): Promise<void> {
  const el = await findField(container, name)
  await act(async () => {
    el.value = value
    fireEvent.input(el)
  })
}

/** 点击（等待随后的状态更新） */
export async function tap(el: Element): Promise<void> {
  await act(async () => {
    fireEvent.click(el)
  })
}

/**
 * 像浏览器里的真实点击那样点：浏览器在每个监听器之后都会清空微任务，React 的同步更新因而在事件
 * 冒泡到外层之前就已经渲染（Taro H5 的 View 把 onClick 绑成原生监听，外层拿到的是新渲染的监听）。
 * jsdom 的 dispatchEvent 不这样做，这里在冒泡路径的每个节点之后补一次 flushSync。
 */
export async function tapLikeBrowser(el: Element): Promise<void> {
  const path: Element[] = []
  for (let n: Element | null = el; n; n = n.parentElement) path.push(n)
  const flush = () => flushSync(() => undefined)
  for (const n of path) n.addEventListener('click', flush)
  try {
    await act(async () => {
      fireEvent.click(el)
    })
  } finally {
    for (const n of path) n.removeEventListener('click', flush)
  }
}

/**
 * 学生选择器：等名字含 name 的一行出现（至多 5 秒），像浏览器里那样点一下。
 * 默认点行里的名字（taro-text-core，点击冒泡到行）；target 可改点别的元素（如整行）。
 */
export async function pickStudent(
  container: HTMLElement, name: string, target: (row: Element) => Element = (row) => row.querySelector('taro-text-core') ?? row,
): Promise<void> {
  const row = await waitFor(() => {
    const r = Array.from(container.querySelectorAll('.xq-cn-student-picker__row')).find((x) => x.textContent?.includes(name))
    if (!r) throw new Error(`列表里没有 ${name}`)
    return r
  }, { timeout: 5000 })
  await tapLikeBrowser(target(row))
}
