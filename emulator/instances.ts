import { fork, type ChildProcess } from 'child_process'
import path from 'path'
import type { FunctionContext } from './context'
import { DbError, ERR } from './errors'

interface Reply {
  id: number
  ok: boolean
  result?: unknown
  code?: string
  message?: string
}

interface Pending {
  resolve: (v: unknown) => void
  reject: (e: unknown) => void
}

interface Instance {
  proc: ChildProcess
  pending: Map<number, Pending>
}

const WORKER = path.join(__dirname, 'instance-worker.cjs')

/**
 * 云函数实例池：N 个子进程（emulator/instance-worker.cjs），每次调用交给当前在途最少的实例。
 * 与平台一样，函数与数据库不在一个进程：函数里的 CPU 重活（导入名册、生成 xlsx）不会卡住数据库与其它调用，
 * 多核机器上函数与数据库可以并行。实例意外退出时，它在途的调用以 FUNCTIONS_EXECUTE_FAIL 失败，并补起一个新实例。
 */
export class InstancePool {
  private readonly instances: Instance[] = []
  private seq = 0
  private closed = false

  constructor(readonly size: number, private readonly log: (...a: unknown[]) => void = () => undefined) {
    for (let i = 0; i < size; i++) this.instances.push(this.spawn())
  }

  private spawn(): Instance {
    // execArgv 为空：实例是纯 CommonJS，不需要父进程的 TypeScript 加载器
    // env 显式传入：模拟器刚写入的 TCB_CONTEXT_CNFG 等（在 jest 里 process.env 是沙箱的副本，不显式传就继承不到）
    const proc = fork(WORKER, [], { execArgv: [], stdio: 'inherit', env: { ...process.env } })
    const inst: Instance = { proc, pending: new Map() }
    proc.on('message', (m: Reply) => {
      const p = inst.pending.get(m.id)
      if (!p) return
      inst.pending.delete(m.id)
      if (m.ok) p.resolve(m.result)
      else p.reject(new DbError(m.code === ERR.FUNCTION_NOT_FOUND ? ERR.FUNCTION_NOT_FOUND : ERR.FUNCTION_FAILED, m.message ?? 'function failed'))
    })
    proc.on('exit', (code, signal) => {
      for (const p of inst.pending.values()) p.reject(new DbError(ERR.FUNCTION_FAILED, `function instance exited (${signal ?? code})`))
      inst.pending.clear()
      const i = this.instances.indexOf(inst)
      if (!this.closed && i >= 0) {
        this.log('function instance exited; starting a new one')
        this.instances[i] = this.spawn()
      }
    })
    return inst
  }

  /**
   * 在一个实例里执行 `<file>` 的 main(event, context)。
   * 事件以 JSON 文本交给实例（eventJson：网关收到的原文），实例自己解析：进程间消息的序列化是递归的，
   * 层层嵌套的事件（平台只限大小、不限深度）会在这里栈溢出；文本只是一个字符串，不受深度影响。
   */
  run(file: string, event: unknown, context: FunctionContext, eventJson?: string): Promise<unknown> {
    const inst = this.instances.reduce((a, b) => (b.pending.size < a.pending.size ? b : a))
    const id = ++this.seq
    // getRemainingTimeInMillis 不能跨进程传递：实例按 time_limit_in_ms 重建
    const { getRemainingTimeInMillis: _omit, ...plain } = context
    return new Promise((resolve, reject) => {
      let text: string
      try {
        text = eventJson ?? JSON.stringify(event ?? null)
      } catch (e) {
        reject(new DbError(ERR.FUNCTION_FAILED, `event cannot be passed to the function: ${(e as Error).message}`))
        return
      }
      inst.pending.set(id, { resolve, reject })
      try {
        inst.proc.send({ id, file, eventJson: text, context: plain }, (err) => {
          if (!err) return
          inst.pending.delete(id)
          reject(new DbError(ERR.FUNCTION_FAILED, err.message))
        })
      } catch (e) {
        inst.pending.delete(id)
        reject(new DbError(ERR.FUNCTION_FAILED, (e as Error).message))
      }
    })
  }

  /** 各实例进程已用的 CPU 微秒数之和（压测统计用） */
  async cpuMicros(): Promise<number> {
    const each = await Promise.all(this.instances.map((inst) => new Promise<number>((resolve) => {
      const id = ++this.seq
      inst.pending.set(id, { resolve: (v) => resolve(Number(v) || 0), reject: () => resolve(0) })
      inst.proc.send({ id, cpu: true }, (err) => {
        if (!err) return
        inst.pending.delete(id)
        resolve(0)
      })
    })))
    return each.reduce((a, b) => a + b, 0)
  }

  /** 实例的进程号（测试用） */
  pids(): number[] {
    return this.instances.map((i) => i.proc.pid ?? 0)
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.instances.map((i) => new Promise<void>((resolve) => {
      if (i.proc.exitCode !== null || i.proc.signalCode !== null) return resolve()
      i.proc.once('exit', () => resolve())
      i.proc.kill()
    })))
  }
}
