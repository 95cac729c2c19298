/**
 * What generated notices are about: a 主题分类 (category), a topic, the subject phrase used in
 * titles, keywords (主题词) and the tasks a document on it sets out.
 */
export interface Subject {
  category: string;
  topic: string;
  /** A noun phrase that fits 关于做好2023年{subject}工作的通知. */
  subject: string;
  keywords: readonly string[];
  tasks: readonly string[];
  /** Whether 管理办法 fits (rules), and whether a 项目实施方案 can be approved (批复). */
  rules?: boolean;
  project?: boolean;
}

export const SUBJECTS: readonly Subject[] = [
  { category: '综合政务', topic: '政务公开', subject: '政务公开', keywords: ['政务公开', '政府信息公开'], tasks: ['推进决策公开', '加强政策解读', '做好依申请公开'] },
  { category: '综合政务', topic: '政府网站', subject: '政府网站和政务新媒体管理', keywords: ['政府网站', '政务新媒体'], tasks: ['严格内容发布审核', '加强协同联动', '开展常态化监测'], rules: true },
  { category: '综合政务', topic: '政务服务', subject: '政务服务“一网通办”', keywords: ['一网通办', '政务服务'], tasks: ['推进事项网上可办', '优化办事流程', '推动数据共享'] },
  { category: '综合政务', topic: '政务服务', subject: '12345政务服务便民热线', keywords: ['12345热线', '诉求办理'], tasks: ['规范工单办理', '提升办理质效', '强化考核通报'], rules: true },
  { category: '综合政务', topic: '法治政府', subject: '法治政府建设', keywords: ['法治政府', '依法行政'], tasks: ['健全依法决策机制', '规范行政执法', '强化行政监督'] },
  { category: '综合政务', topic: '规范性文件', subject: '行政规范性文件管理', keywords: ['规范性文件', '合法性审核'], tasks: ['严格制定程序', '落实合法性审核', '开展定期清理'], rules: true },
  { category: '国民经济管理', topic: '营商环境', subject: '营商环境建设', keywords: ['营商环境', '放管服'], tasks: ['深化“放管服”改革', '降低企业成本', '强化要素保障'] },
  { category: '国民经济管理', topic: '项目建设', subject: '重大项目建设', keywords: ['项目建设', '有效投资'], tasks: ['建立项目储备库', '加快前期工作', '强化调度服务'], project: true },
  { category: '国民经济管理', topic: '民营经济', subject: '民营经济发展', keywords: ['民营经济', '中小企业'], tasks: ['放宽市场准入', '缓解融资难题', '构建亲清政商关系'] },
  { category: '国民经济管理', topic: '社会信用', subject: '社会信用体系建设', keywords: ['社会信用', '信用修复'], tasks: ['完善信用信息归集', '实施守信联合激励', '规范信用修复'], rules: true },
  { category: '财政', topic: '预算管理', subject: '预算绩效管理', keywords: ['预算绩效', '财政管理'], tasks: ['设定绩效目标', '开展绩效运行监控', '强化评价结果应用'], rules: true },
  { category: '财政', topic: '政府采购', subject: '政府采购', keywords: ['政府采购', '公平竞争'], tasks: ['落实采购人主体责任', '优化采购流程', '加强采购监督'], rules: true },
  { category: '财政', topic: '国有资产', subject: '行政事业性国有资产管理', keywords: ['国有资产', '资产管理'], tasks: ['摸清资产底数', '规范资产处置', '盘活闲置资产'], rules: true },
  { category: '财政', topic: '财政资金', subject: '财政资金直达', keywords: ['直达资金', '资金监管'], tasks: ['加快资金分配下达', '强化资金动态监控', '确保资金惠企利民'] },
  { category: '农业', topic: '农田建设', subject: '高标准农田建设', keywords: ['高标准农田', '耕地质量'], tasks: ['科学编制建设规划', '严格项目建设管理', '加强建后管护'], project: true },
  { category: '农业', topic: '粮食生产', subject: '春耕生产', keywords: ['春耕', '粮食安全'], tasks: ['落实粮食播种面积', '保障农资供应', '强化技术指导服务'] },
  { category: '农业', topic: '乡村振兴', subject: '农村人居环境整治', keywords: ['人居环境', '乡村振兴'], tasks: ['推进农村厕所革命', '治理农村生活垃圾', '整治村容村貌'], project: true },
  { category: '农业', topic: '秸秆利用', subject: '农作物秸秆综合利用', keywords: ['秸秆', '综合利用', '秸秆禁烧'], tasks: ['拓宽秸秆利用途径', '健全收储运体系', '严格落实禁烧责任'] },
  { category: '教育', topic: '学前教育', subject: '学前教育普及普惠', keywords: ['学前教育', '普惠性幼儿园'], tasks: ['扩大普惠性资源', '规范办园行为', '提升保教质量'] },
  { category: '教育', topic: '学生资助', subject: '学生资助', keywords: ['学生资助', '家庭经济困难学生'], tasks: ['精准认定资助对象', '按时足额发放资金', '加强资助育人'], rules: true },
  { category: '教育', topic: '校园安全', subject: '中小学校园安全', keywords: ['校园安全', '安全教育'], tasks: ['落实安全管理责任', '开展隐患排查', '加强安全教育演练'] },
  { category: '卫生', topic: '基层卫生', subject: '家庭医生签约服务', keywords: ['家庭医生', '签约服务'], tasks: ['扩大签约覆盖面', '丰富服务内涵', '完善激励机制'] },
  { category: '卫生', topic: '爱国卫生', subject: '爱国卫生运动', keywords: ['爱国卫生', '健康城市'], tasks: ['开展环境卫生整治', '普及健康知识', '推进健康细胞建设'] },
  { category: '卫生', topic: '基层卫生', subject: '基层医疗卫生服务能力建设', keywords: ['基层医疗', '乡村医生'], tasks: ['改善基础设施条件', '加强人才队伍建设', '推进县域医共体建设'], project: true },
  { category: '城乡建设', topic: '城市更新', subject: '城镇老旧小区改造', keywords: ['老旧小区', '城市更新'], tasks: ['合理确定改造内容', '建立资金分担机制', '完善长效管理'], project: true },
  { category: '城乡建设', topic: '住房保障', subject: '农村低收入群体等重点对象住房安全保障', keywords: ['危房改造', '住房安全'], tasks: ['精准识别保障对象', '严格改造质量安全', '加强资金监管'], project: true },
  { category: '城乡建设', topic: '燃气安全', subject: '城镇燃气安全专项整治', keywords: ['燃气安全', '专项整治'], tasks: ['全面排查风险隐患', '压实企业主体责任', '加强用户安全宣传'] },
  { category: '社会保障', topic: '养老保险', subject: '城乡居民基本养老保险', keywords: ['养老保险', '城乡居民'], tasks: ['扩大参保覆盖面', '落实缴费补贴政策', '确保待遇按时足额发放'], rules: true },
  { category: '劳动、人事', topic: '就业创业', subject: '高校毕业生等青年就业创业', keywords: ['就业创业', '高校毕业生'], tasks: ['拓宽就业渠道', '落实就业补贴', '强化就业服务'] },
  { category: '民政', topic: '社会救助', subject: '城乡最低生活保障', keywords: ['最低生活保障', '社会救助'], tasks: ['规范申请审核程序', '实施动态管理', '加强资金监管'], rules: true },
  { category: '民政', topic: '养老服务', subject: '养老服务体系建设', keywords: ['养老服务', '居家养老'], tasks: ['发展居家社区养老', '提升机构服务质量', '加强养老人才培养'], project: true },
  { category: '安全生产监管', topic: '安全生产', subject: '安全生产专项整治', keywords: ['安全生产', '隐患排查'], tasks: ['压实安全生产责任', '开展隐患排查治理', '强化执法检查'] },
  { category: '安全生产监管', topic: '森林防火', subject: '森林草原防灭火', keywords: ['森林防火', '防灭火'], tasks: ['严格管控野外火源', '加强值班值守', '做好扑火准备'] },
  { category: '安全生产监管', topic: '防汛抗旱', subject: '防汛抗旱', keywords: ['防汛', '抗旱', '汛期'], tasks: ['落实防汛责任', '开展汛前检查', '做好应急抢险准备'] },
  { category: '国土资源、能源', topic: '国土空间', subject: '国土空间规划实施管理', keywords: ['国土空间规划', '用途管制'], tasks: ['严格规划实施', '规范规划调整', '加强规划监督'], rules: true },
  { category: '国土资源、能源', topic: '耕地保护', subject: '耕地保护和占补平衡', keywords: ['耕地保护', '占补平衡'], tasks: ['落实耕地保护责任', '严格占用审批', '坚决遏制耕地“非农化”'] },
]; // prettier-ignore

/** Every category used by the generated notices. */
export const CATEGORIES: readonly string[] = [
  ...new Set(SUBJECTS.map((subject) => subject.category)),
];
