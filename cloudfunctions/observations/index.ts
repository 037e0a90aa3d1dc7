/**
 * observations 云函数：心理周报（班级/宿舍）、看板与审阅、即时报告、约谈任务、未报提醒、站内消息。
 */
import { createMain, type AnyActionDef } from '../_lib/handler'
import { ackAlert, createAlert, listAlerts } from './alerts'
import { boardWeek, weekCurrent } from './board'
import { listMessages, readMessages } from './messages'
import { getReport, reportHistory, searchReports } from './reads'
import { missingList, remind } from './remind'
import { returnReport, reviewReport } from './review'
import { submitReport } from './submit'
import { listTasks } from './tasks'

export const actions: Record<string, AnyActionDef> = {
  'week.current': weekCurrent,
  'report.get': getReport,
  'report.submit': submitReport,
  'report.history': reportHistory,
  'board.week': boardWeek,
  'report.review': reviewReport,
  'report.return': returnReport,
  'report.search': searchReports,
  'alert.create': createAlert,
  'alert.list': listAlerts,
  'alert.ack': ackAlert,
  'tasks.list': listTasks,
  'missing.list': missingList,
  remind,
  'message.list': listMessages,
  'message.read': readMessages,
}

export const main = createMain(actions)
