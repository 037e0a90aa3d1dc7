/**
 * 手机上的表单草稿：每份草稿属于一个任职（键 xq.draft.<任职 id>.<表单名>），
 * 任职结束、被交接或换了一个不持有该任职的人时，这个任职的全部草稿一起抹掉（store.ts 调用）。
 */
import Taro from '@tarojs/taro'

const PREFIX = 'xq.draft.'

export interface StoredDraft<T> {
  value: T
  savedAt: number
}

const keyOf = (assignmentId: string, name: string) => `${PREFIX}${assignmentId}.${name}`

/** 读取草稿（没有、已损坏或没有任职时为 null） */
export function loadDeviceDraft<T>(assignmentId: string | null | undefined, name: string): StoredDraft<T> | null {
  if (!assignmentId) return null
  try {
    const raw = Taro.getStorageSync(keyOf(assignmentId, name)) as StoredDraft<T> | '' | undefined
    return raw && typeof raw === 'object' && 'value' in raw ? raw : null
  } catch {
    return null
  }
}

/** 保存草稿（存储已满等失败不影响填写与提交） */
export function saveDeviceDraft<T>(assignmentId: string | null | undefined, name: string, value: T): void {
  if (!assignmentId) return
  try {
    Taro.setStorageSync(keyOf(assignmentId, name), { value, savedAt: Date.now() })
  } catch {
    // 忽略
  }
}

/** 删除一份草稿（提交成功、放弃草稿） */
export function removeDeviceDraft(assignmentId: string | null | undefined, name: string): void {
  if (!assignmentId) return
  try {
    Taro.removeStorageSync(keyOf(assignmentId, name))
  } catch {
    // 忽略
  }
}

function draftKeys(): string[] {
  try {
    return (Taro.getStorageInfoSync().keys ?? []).filter((k) => k.startsWith(PREFIX))
  } catch {
    return []
  }
}

const assignmentOfKey = (key: string) => key.slice(PREFIX.length).split('.')[0]

/** 抹掉某个任职的全部草稿（任期结束、被交接） */
export function wipeDrafts(assignmentId: string): void {
  for (const k of draftKeys()) if (assignmentOfKey(k) === assignmentId) Taro.removeStorageSync(k)
}

/** 抹掉不属于这些任职的全部草稿（换人、任职已不在生效列表中） */
export function wipeDraftsExcept(assignmentIds: readonly string[]): void {
  for (const k of draftKeys()) if (!assignmentIds.includes(assignmentOfKey(k))) Taro.removeStorageSync(k)
}
