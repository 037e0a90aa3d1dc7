/**
 * 字段错误随填写消失：提交时标出的错误，在该字段变得有效时立刻去掉（不必等下一次提交）；
 * 不会给还没提交过的字段提前标红。validate 与提交前的校验是同一个函数。
 */
import { useEffect, useRef, useState } from 'react'

export type FieldErrors = Record<string, string>

/** 只保留仍然存在的错误（消息取最新的） */
export function pruneErrors(prev: FieldErrors, now: FieldErrors): FieldErrors {
  const keys = Object.keys(prev)
  const kept = keys.filter((k) => k in now)
  if (kept.length === keys.length && kept.every((k) => prev[k] === now[k])) return prev
  return Object.fromEntries(kept.map((k) => [k, now[k]]))
}

export function useLiveErrors<T>(value: T, validate: (v: T) => FieldErrors): [FieldErrors, (e: FieldErrors) => void] {
  const [errors, setErrors] = useState<FieldErrors>({})
  const check = useRef(validate)
  check.current = validate
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    setErrors((prev) => (Object.keys(prev).length ? pruneErrors(prev, check.current(value)) : prev))
  }, [value])
  return [errors, setErrors]
}
