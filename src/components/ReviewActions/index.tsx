import { View } from '@tarojs/components'
import { useState } from 'react'
import type { Result } from '../../../types/result'
import { useAction } from '../../hooks/useAction'
import { Button } from '../Button'
import { CommentSheet } from '../Sheet/CommentSheet'

export interface ReviewActionsProps {
  /** 确认（批准）：调用动作 */
  onConfirm: () => Promise<Result<unknown>>
  /** 退回（驳回）：带意见调用动作 */
  onReturn: (comment: string) => Promise<Result<unknown>>
  /** 任一动作成功后（通常是列表 reload） */
  onDone: () => void
  /** 退回弹层的标题，如“退回 机电2301班 的晚点名” */
  returnTitle: string
  returnPlaceholder?: string
  /** 按钮文字：默认“确认 / 退回”；审批用“批准 / 驳回” */
  confirmText?: string
  returnText?: string
  /** 成功提示：默认“已确认 / 已退回” */
  confirmedText?: string
  returnedText?: string
  /** 意见长度上限（与该动作 schema 的上限一致） */
  maxLength?: number
  className?: string
}

/**
 * 审阅操作：“退回”打开意见弹层（必填），“确认”直接提交；忙碌、失败提示、成功提示与刷新由 useAction 处理，
 * 连点不会重复提交。周报、晚点名、朋辈谈心、审批共用。点击不冒泡到所在卡片。
 */
export function ReviewActions({
  onConfirm, onReturn, onDone, returnTitle, returnPlaceholder = '请写明需要修改的地方',
  confirmText = '确认', returnText = '退回', confirmedText = '已确认', returnedText = '已退回', maxLength, className = 'xq-cn-actions',
}: ReviewActionsProps) {
  const [returning, setReturning] = useState(false)
  const confirm = useAction(onConfirm, { success: confirmedText, onDone })
  const ret = useAction(onReturn, { success: returnedText, onDone })
  return (
    <>
      <View className={className} onClick={(e) => e.stopPropagation()}>
        <Button size='sm' variant='secondary' onClick={() => setReturning(true)}>{returnText}</Button>
        <Button size='sm' loading={confirm.busy} onClick={() => void confirm.run()}>{confirmText}</Button>
      </View>
      {returning && (
        <CommentSheet title={returnTitle} placeholder={returnPlaceholder} confirmText={returnText} danger maxLength={maxLength}
          onClose={() => setReturning(false)} onConfirm={ret.run} />
      )}
    </>
  )
}
