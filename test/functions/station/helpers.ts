/** station 测试共用：模拟器 + 夹具，时钟可调的 main（可合并其他函数的动作，如 identity、counseling） */
import type { AnyActionDef } from '../../../cloudfunctions/_lib/handler'
import { COLLECTIONS } from '../../../cloudfunctions/_lib/collections'
import { createHarness, type Harness } from '../../support/harness'

export type { Harness }
export const C = COLLECTIONS

export function setup(actions: Record<string, AnyActionDef>, start?: Date): Promise<Harness> {
  return createHarness(actions, start)
}
