/** 考核手册页面共用：材料栏列表 */
import type { BinderView } from '../../../types/api/assessment'

export const allSlotsOf = (v: BinderView): Array<{ key: string; label: string }> =>
  v.table.items.flatMap((i) => i.points.flatMap((p) => p.slots))
