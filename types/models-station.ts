/**
 * 辅导站台账 II（station 云函数与 identity 的换岗交接）的文档结构，与 docs/data-model.md “Station ledger II” 一致。
 * 时刻为 Date；日期为 'YYYY-MM-DD'（北京时间）；学年为 '2026-2027'。
 */

/* ---------- 换岗交接（identity） ---------- */

/** 交接中移交的一项未办结工作 */
export type HandoverItemKind = 'keycare' | 'talk_task' | 'rollcall' | 'peer_talk'
export const HANDOVER_ITEM_LABELS: Record<HandoverItemKind, string> = {
  keycare: '重点关注条目', talk_task: '约谈任务', rollcall: '待确认晚点名', peer_talk: '待确认朋辈谈心',
}

export interface HandoverItem {
  kind: HandoverItemKind
  /** 记录 _id */
  id: string
  /** 列表展示：学生姓名或班级 */
  label: string
  /** 学生相关记录的学生 id（审计用） */
  studentId?: string
  movedAt: Date
}

/** 交接记录：_id = '<前任任职 id>><继任任职 id>'，重复执行更新同一条 */
export interface HandoverDoc {
  _id: string
  stationId: string
  fromAssignmentId: string
  fromPersonId: string
  fromName: string
  toAssignmentId: string
  toPersonId: string
  toName: string
  note: string
  /** 移交给继任者的班级与宿舍 */
  classIds: string[]
  dormIds: string[]
  items: HandoverItem[]
  /** 每次执行：时间、执行人、本次移交条数 */
  runs: Array<{ at: Date; by: string; byName: string; moved: number }>
  createdAt: Date
  updatedAt: Date
}

/** 重点关注条目上的前任负责辅导员（交接时追加；记录作者不变） */
export interface PreviousCounselor {
  personId: string
  name: string
  until: Date
  handoverId: string
}
