import { render, screen } from '@testing-library/react'
import { Button, Sheet } from '../../src/components'
import { CommentSheet } from '../../src/components'
import { tap, typeInto } from '../support/app'

describe('底部弹层', () => {
  test('显示标题、内容与底部操作；点遮罩关闭，点面板内容不关闭', async () => {
    const onClose = jest.fn()
    const onOk = jest.fn()
    const { container } = render(
      <Sheet title='退回月报' onClose={onClose} footer={<Button onClick={onOk}>退回</Button>}>
        <Button variant='text'>正文里的按钮</Button>
      </Sheet>,
    )
    expect(screen.getByText('退回月报')).toBeInTheDocument()
    await tap(screen.getByText('正文里的按钮'))
    await tap(screen.getByText('退回'))
    expect(onOk).toHaveBeenCalledTimes(1)
    expect(onClose).not.toHaveBeenCalled()
    await tap(container.querySelector('.xq-sheet__mask')!)
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  test('maskClosable=false 时点遮罩不关闭', async () => {
    const onClose = jest.fn()
    const { container } = render(<Sheet title='提交中' onClose={onClose} maskClosable={false} />)
    await tap(container.querySelector('.xq-sheet__mask')!)
    expect(onClose).not.toHaveBeenCalled()
  })

  test('填写意见的弹层：必填时未填写不能确认；确认成功后关闭', async () => {
    const onConfirm = jest.fn(async () => true)
    const onClose = jest.fn()
    const { container } = render(<CommentSheet title='驳回申请' confirmText='驳回' onConfirm={onConfirm} onClose={onClose} />)
    await tap(screen.getByText('驳回'))
    expect(onConfirm).not.toHaveBeenCalled()
    await typeInto(container, 'comment', '  材料不全  ')
    await tap(screen.getByText('驳回'))
    expect(onConfirm).toHaveBeenCalledWith('材料不全')
    expect(onClose).toHaveBeenCalledTimes(1)
  })
})
