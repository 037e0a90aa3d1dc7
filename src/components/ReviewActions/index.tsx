import { View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import type { AppErrorBody, Result } from '../../../types/result'
import { useAction } from '../../hooks/useAction'
import { Button, type ButtonSize, type ButtonVariant } from '../Button'
import { CommentSheet } from '../Sheet/CommentSheet'

export interface ReviewActionsProps {
  /** 确认（批准、已阅）：调用动作；没有确认这一步的（中心退回月报）不给 */
  onConfirm?: () => Promise<Result<unknown>>
  /** 退回（驳回）：带意见调用动作 */
  onReturn: (comment: string) => Promise<Result<unknown>>
  /** 任一动作成功后（通常是列表 reload） */
  onDone: () => void
  /** 任一动作失败后（错误提示之外），如记录已被改动（CONFLICT）时重新加载 */
  onError?: (error: AppErrorBody) => void
  /** 退回弹层的标题，如“退回 机电2301班 的晚点名” */
  returnTitle: string
  returnPlaceholder?: string
  /** 按钮文字：默认“确认 / 退回”；审批用“批准 / 驳回”，周报用“已阅 / 退回” */
  confirmText?: string
  returnText?: string
  /** 弹层里提交退回的按钮文字，默认同 returnText（周报：“确认退回”） */
  returnConfirmText?: string
  /** 成功提示：默认“已确认 / 已退回” */
  confirmedText?: string
  returnedText?: string
  /** 意见长度上限（与该动作 schema 的上限一致） */
  maxLength?: number
  /** 意见输入框的 name（默认 comment） */
  returnName?: string
  /** 按钮大小，默认 sm（卡片里）；整页审阅用 md */
  size?: ButtonSize
  /** “退回”按钮的样式，默认 secondary */
  returnVariant?: ButtonVariant
  className?: string
  sheetClassName?: string
  /** 同一行里排在前面的其他按钮（如月报的“导出”） */
  children?: ReactNode
}

/**
 * 审阅操作：“退回”打开意见弹层（必填），“确认”直接提交；忙碌、失败提示、成功提示与刷新由 useAction 处理，
 * 连点不会重复提交。周报、月报、晚点名、朋辈谈心、审批共用。点击不冒泡到所在卡片。
 */
export function ReviewActions({
  onConfirm, onReturn, onDone, onError, returnTitle, returnPlaceholder = '请写明需要修改的地方',
  confirmText = '确认', returnText = '退回', returnConfirmText = returnText, confirmedText = '已确认', returnedText = '已退回',
  maxLength, returnName, size = 'sm', returnVariant = 'secondary', className = 'xq-cn-actions', sheetClassName, children,
}: ReviewActionsProps) {
  const [returning, setReturning] = useState(false)
  const confirm = useAction(onConfirm ?? (async () => ({ ok: true, data: null })), { success: confirmedText, onDone, onError })
  const ret = useAction(onReturn, { success: returnedText, onDone, onError })
  return (
    <>
      <View className={className} onClick={(e) => e.stopPropagation()}>
        {children}
        <Button size={size} variant={returnVariant} onClick={() => setReturning(true)}>{returnText}</Button>
        {onConfirm && <Button size={size} loading={confirm.busy} onClick={() => void confirm.run()}>{confirmText}</Button>}
      </View>
      {returning && (
        <CommentSheet className={sheetClassName} title={returnTitle} placeholder={returnPlaceholder} confirmText={returnConfirmText} danger
          maxLength={maxLength} name={returnName} onClose={() => setReturning(false)} onConfirm={ret.run} />
      )}
    </>
  )
}
