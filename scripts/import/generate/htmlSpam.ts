import type { Random } from '../../seed/random';
import { esc } from './htmlEscape';
import type { PageText } from './pageScript';
import type { InjectedSpam } from './pageTypes';
import type { SpamBlock, SpamInjection } from './spamTypes';
import { blockText } from './spamTypes';

/** Writes spam into an HTML page and records each block's text in the truth, in page order. */
export class HtmlSpamWriter {
  /** CSS rules that hide spam by class, for the page's <head>. */
  readonly headStyles: string[] = [];
  readonly truth: InjectedSpam[] = [];

  constructor(
    private readonly random: Random,
    private readonly text: PageText,
  ) {}

  /** A whole injection as markup of its own. */
  block(injection: SpamInjection): string {
    const { random } = this;
    const inner = this.layout(injection);
    const hiding = injection.hiding;
    if (!hiding) {
      return injection.layout === 'p' || injection.layout === 'ul'
        ? inner
        : `<div class="${random.pick(['link', 'gg', 'tags', 'kw', 'seo'])}">${inner}</div>`;
    }
    switch (hiding.how) {
      case 'style':
        return `<div style="${hiding.style}">${inner}</div>`;
      case 'attribute':
        return `<div hidden>${inner}</div>`;
      case 'class': {
        const rule = `.${hiding.className}{${hiding.css}}`;
        if (random.chance(0.5)) {
          this.headStyles.push(rule);
          return `<div class="${hiding.className}">${inner}</div>`;
        }
        return `<style type="text/css">${rule}</style><div class="${hiding.className}">${inner}</div>`;
      }
    }
  }

  /** The one block of a glued injection, inline, to be put in a paragraph's markup. */
  inline(injection: SpamInjection): string {
    return injection.blocks.map((block) => this.segments(injection, block)).join('');
  }

  private layout(injection: SpamInjection): string {
    const blocks = injection.blocks;
    switch (injection.layout) {
      case 'ul':
        return `<ul>${blocks.map((block) => `<li>${this.segments(injection, block)}</li>`).join('')}</ul>`;
      case 'p':
        return blocks.map((block) => `<p>${this.segments(injection, block)}</p>`).join('\n');
      case 'br':
        return blocks.map((block) => this.segments(injection, block)).join('<br>\n');
      case 'flat':
        return blocks
          .map((block) => `<span>${this.segments(injection, block)}</span>`)
          .join('<br>');
    }
  }

  private segments(injection: SpamInjection, block: SpamBlock): string {
    const show = (value: string): string => this.text.spam(value);
    this.truth.push({
      kind: injection.kind,
      text: blockText({
        separator: show(block.separator),
        segments: block.segments.map((segment) => ({ ...segment, text: show(segment.text) })),
      }),
    });
    return block.segments
      .map((segment) =>
        segment.href === null
          ? esc(show(segment.text))
          : `<a href="${esc(segment.href)}" target="_blank">${esc(show(segment.text))}</a>`,
      )
      .join(esc(show(block.separator)));
  }
}
