/** XML written here (the parts the feed library has no option for), escaped for any text. */

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `<name attribute="…">text</name>`, or `<name attribute="…"/>` without text. */
export function xmlElement(
  name: string,
  attributes: Record<string, string | null> = {},
  text: string | null = null,
): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([attribute, value]) => ` ${attribute}="${escapeXml(value)}"`)
    .join('');
  return text === null ? `<${name}${written}/>` : `<${name}${written}>${escapeXml(text)}</${name}>`;
}

/** A CDATA section holding any text: every `]]>` is split across two sections. */
export function xmlCdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
