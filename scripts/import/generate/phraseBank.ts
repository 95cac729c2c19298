/*
 * Sentences any notice may use, in the register of government writing. Placeholders as in
 * `Subject`; {subject} is the notice's subject.
 */

/** Elaborations of a task: two or three follow a section heading. */
export const DETAILS: readonly string[] = [
  '各地各部门要结合实际，细化工作措施，明确责任分工和完成时限，确保各项任务落到实处。',
  '要建立工作台账，实行清单化管理，定期调度工作进展，及时研究解决存在的问题。',
  '{dept}要加强业务指导，会同有关部门制定配套措施，推动政策落地见效。',
  '要坚持问题导向，聚焦群众反映强烈的突出问题，集中力量攻坚突破。',
  '各{placeUnit}要履行属地责任，加强统筹协调，形成上下联动、齐抓共管的工作格局。',
  '要充分运用信息化手段，推进数据共享和业务协同，提高工作效率和服务水平。',
  '对工作中发现的问题，要建立整改清单，明确整改时限，逐项销号管理。',
  '要加大政策宣传力度，通过政府网站、政务新媒体等渠道及时发布政策信息，做好政策解读和舆论引导。',
  '要严格执行有关法律法规和政策规定，规范工作程序，确保工作依法依规开展。',
  '要畅通群众诉求反映渠道，及时回应社会关切，不断提升群众获得感和满意度。',
  '到{year}年底，{whole}{subject}工作机制基本健全，重点任务全面完成。',
  '各{placeUnit}、各有关部门要于每月25日前将工作进展情况报送{dept}。',
];

/** Opening sentences (after the salutation). */
export const INTROS: readonly string[] = [
  '为进一步做好{subject}工作，根据{basis}要求，经{gov}同意，现就有关事项通知如下：',
  '为深入贯彻落实{basis}精神，扎实推进{whole}{subject}工作，结合{mine}实际，现将有关事项通知如下：',
  '为切实加强{subject}工作，推动各项任务落地落实，根据{basis}等有关规定，经研究，现提出如下意见：',
  '{year}年以来，{whole}{subject}工作取得了积极成效，但仍存在工作进展不平衡、长效机制不健全等问题。为进一步做好相关工作，根据{basis}要求，现就有关事项通知如下：',
];

/** The guiding section of 意见 and 方案. */
export const PRINCIPLES: readonly string[] = [
  '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持以人民为中心的发展思想，统筹发展和安全，扎实推进{subject}工作。',
  '坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，着力补短板、强弱项、固底板，推动{subject}工作取得新成效。',
  '坚持政府引导、社会参与，坚持问题导向、分类施策，坚持统筹推进、重点突破，确保各项工作有序推进。',
];

/** 保障措施 paragraphs. */
export const SAFEGUARDS: readonly string[] = [
  '加强组织领导。成立由{gov}分管领导任组长、有关部门主要负责同志为成员的工作领导小组，统筹推进{subject}工作，研究解决重大问题。',
  '强化资金保障。各级财政要将相关工作经费纳入年度预算，加强资金监管，提高资金使用效益。',
  '严格督导考核。{dept}要会同有关部门加强督促检查，将工作落实情况纳入年度绩效考核，对工作推进不力的予以通报。',
  '加强宣传引导。充分利用报刊、广播、电视和政府网站、政务新媒体等渠道，广泛宣传{subject}工作的政策措施和经验做法，营造良好社会氛围。',
  '加强队伍建设。配齐配强工作力量，定期组织业务培训，不断提升工作人员的业务能力和服务水平。',
];

/**
 * Sentences that look like spam to a naive filter yet are legitimate: lists of place names,
 * Latin abbreviations, gov.cn addresses, bracketed units, percentages, QQ and WeChat as
 * channels, commercial e-mail addresses.
 */
export const TRICKY: readonly string[] = [
  '{places}要率先开展试点，形成可复制可推广的经验后在{whole}推开。',
  '各县(市)区、各开发区要对照任务清单逐项落实，确保按时完成。',
  '具体政策内容可登录{region}人民政府门户网站(http://{host})“政策文件”栏目查询。',
  '相关表格可在中国政府网(www.gov.cn)和{province}人民政府网站下载。',
  '要积极运用微信、微博、QQ群、抖音等新媒体平台，及时推送政策信息和办事指南。',
  '{year}年一季度，{whole}地区生产总值(GDP)同比增长5.2%，居民消费价格指数(CPI)上涨1.8%。',
  '新建5G基站和千兆光网覆盖情况纳入“数字{region}”建设考核。',
  '联系人：王丽，联系电话：{phone}，电子邮箱：zwgk_{hostName}@163.com。',
  '本办法(试行)施行过程中遇到的问题，请及时反馈{dept}。',
  '涉及“放管服”改革、PPP项目和REITs试点的事项，按照有关规定另行办理。',
  '请各{placeUnit}于{year}年12月10日前将自查报告(含电子版)报送{dept}，逾期未报的予以通报。',
  '各单位要严格落实“一岗双责”，做到守土有责、守土负责、守土尽责。',
];

/** 附件 names for notices that carry attachments. */
export const ATTACHMENTS: readonly string[] = [
  '{subject}工作任务分工表',
  '{subject}情况统计表',
  '{year}年{subject}重点项目清单',
  '{subject}工作联系人名单',
  '{subject}自查报告提纲',
];

/** Column headers of the small tables some notices carry (rows are made up per notice). */
export const TABLE_HEADERS: readonly (readonly string[])[] = [
  ['序号', '单位', '联系人', '联系电话'],
  ['序号', '项目名称', '责任单位', '完成时限'],
  ['序号', '地区', '目标任务', '完成率'],
];
