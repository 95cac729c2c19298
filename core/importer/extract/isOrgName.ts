/*
 * How organisation names end: 人民政府, 办公室, 办公厅, 委员会, 管委会, 局, 厅, 委, 办, 中心… A
 * signature line, an issuer field and the items of a salutation are names like these.
 */
const ORG_END =
  /(?:政府|办公室|办公厅|办事处|委员会|管委会|领导小组|指挥部|小组|中心|集团|公司|部门|单位|机关|机构|党委|党组|法院|检察院|银行|学校|大学|医院|协会|联合会|工会|妇联|团委|[局厅委办部署院会处科所站队组社馆镇乡街])$/u;
const ORG_CHARS = /^[\p{Script=Han}A-Za-z0-9()]+$/u;
const MAX_ORG_LENGTH = 40;
const SEAL = /[(（]\s*(?:印章|盖章|章)\s*[)）]$/;

/**
 * Whether normalized text is one or more organisation names and nothing else, as a signature
 * line is (鞍山市人民政府办公厅; 县发改局 县财政局). Parenthesised parts such as (街道办事处) are
 * allowed, sentences and labels are not.
 */
export function isOrgName(norm: string): boolean {
  const text = norm.trim().replace(SEAL, '').trim();
  if (text === '' || text.length > MAX_ORG_LENGTH * 2) return false;
  return text.split(/\s+/).every(isSingleOrg);
}

function isSingleOrg(name: string): boolean {
  const bare = name.replace(/\([^()]*\)/g, '');
  return (
    name.length >= 2 &&
    name.length <= MAX_ORG_LENGTH &&
    ORG_CHARS.test(name) &&
    ORG_END.test(bare) &&
    !/^\d/.test(name)
  );
}

/** Whether a name (or the last item of a list) ends the way organisation names end. */
export function endsLikeOrg(norm: string): boolean {
  return ORG_END.test(norm.replace(/\([^()]*\)/g, '').trim());
}
