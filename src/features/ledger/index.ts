/** 工作台账：培训（签到、覆盖矩阵、个人经历） */
export { TrainingList, TrainingCard, SignInBox } from './Trainings'
export { TrainingDetailView } from './TrainingDetail'
export { TrainingCreateForm } from './TrainingForm'
export { CoverageMatrix } from './Coverage'
export { MyTrainingHistory } from './History'
