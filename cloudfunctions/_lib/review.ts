/**
 * 审阅类状态迁移（周报 已阅/退回、晚点名 确认/退回、朋辈谈心 确认/退回、站长审批 批准/不批准）的统一规则：
 * - 记录处于迁移的起点 → 执行（以起点状态为条件的更新）；
 * - 记录已处于同一迁移的终点（重试、双击、两人同时点）→ 什么也不写，照常答复 ok 与当前记录；
 * - 其他（例如已确认的再退回）→ STATE.INVALID_TRANSITION。
 * 条件更新没有命中时重读一次：另一次同样的迁移先写入了即为重复（ok），否则是记录变了（CONFLICT）。
 */
import { AppError } from './errors'

export type ReviewStep = 'apply' | 'repeat' | 'invalid'

/** current：记录现在的状态；from → to：这次要做的迁移 */
export function reviewStep(current: string, from: string, to: string): ReviewStep {
  if (current === from) return 'apply'
  if (current === to) return 'repeat'
  return 'invalid'
}

/**
 * 执行一次审阅迁移。
 * - doc：读到的记录；sameVersion：该记录是否就是调用者审阅的那一版（无版本号的记录恒为 true）
 * - write：以起点状态为条件写入，返回是否命中；reread：重读记录
 * - invalid：非法迁移时的中文说明
 * 返回 { doc, applied }：applied 为 false 表示重复（什么也没写，effects 没有执行），调用方不得再发通知、记审计。
 */
export async function runReviewStep<D extends { status: string }>(opts: {
  doc: D
  from: D['status']
  to: D['status']
  sameVersion?: (d: D) => boolean
  write: () => Promise<boolean>
  reread: () => Promise<D | null>
  invalid: string
  /** 迁移真正写入后才做的事（审计、通知）；重复的迁移不做 */
  effects?: () => Promise<void>
}): Promise<{ applied: boolean; doc: D }> {
  const same = opts.sameVersion ?? (() => true)
  const step = reviewStep(opts.doc.status, opts.from, opts.to)
  if (step === 'repeat' && same(opts.doc)) return { applied: false, doc: opts.doc }
  if (step === 'invalid' || step === 'repeat') throw new AppError('STATE.INVALID_TRANSITION', opts.invalid)
  if (await opts.write()) {
    await opts.effects?.()
    return { applied: true, doc: opts.doc }
  }
  const latest = await opts.reread()
  if (latest && latest.status === opts.to && same(latest)) return { applied: false, doc: latest }
  throw new AppError('CONFLICT')
}
