import type { AnyNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import type { PageBlock, PageLink } from '../pageBlock';
import { BLOCK_TAGS, DROPPED_TAGS } from './blockTags';
import { collapseWhitespace, startsIndented } from './collapseWhitespace';
import type { HiddenReasonOf } from './elementHiding';
import { scriptWrapperEffect } from './elementHiding';
import { joinPath, pathSegment } from './elementPath';
import type { InlineColor } from './inlineColors';
import { allTextInvisible, backgroundColor, sameColor, textColor } from './inlineColors';

/** What an element passes down to its content. */
interface Frame {
  tag: string;
  path: string;
  /** Set when the element or an ancestor hides itself and everything inside. */
  hiddenReason: string | null;
  textColor: InlineColor;
  background: InlineColor;
  preformatted: boolean;
  /** Set while a script-written hidden wrapper is open among this element's children. */
  wrapperReason: string | null;
}

interface LinkDraft {
  href: string;
  text: string;
  hidden: boolean;
  attached: boolean;
}

/** Gathers the text of one line of one block element. */
interface Collector {
  tag: string;
  path: string;
  hiddenReason: string | null;
  preformatted: boolean;
  raw: string;
  /** Document order of the line's first text, which orders the blocks; -1 before any. */
  order: number;
  links: LinkDraft[];
  paragraphStart: boolean;
}

interface BlockDraft {
  order: number;
  block: Omit<PageBlock, 'index' | 'links'>;
  links: LinkDraft[];
}

type Work = { node: AnyNode; parent: Frame } | { exit: () => void };

/** Walks a parsed document and emits its blocks in page order. */
export class BlockWalker {
  private readonly drafts: BlockDraft[] = [];
  private readonly collectors: Collector[] = [];
  private readonly openLinks: LinkDraft[] = [];
  private textOrder = 0;

  constructor(private readonly reasonOf: HiddenReasonOf) {}

  walk(root: Document): PageBlock[] {
    const rootFrame: Frame = {
      tag: 'body',
      path: '',
      hiddenReason: null,
      textColor: null,
      background: null,
      preformatted: false,
      wrapperReason: null,
    };
    const rootCollector = this.pushCollector('body', '', null, false);
    // An explicit stack rather than recursion: hacked pages nest thousands of unclosed tags.
    const work: Work[] = [];
    pushChildren(work, root.children, rootFrame);
    while (work.length > 0) {
      const item = work.pop();
      if (item === undefined) break;
      if ('exit' in item) item.exit();
      else if (isTag(item.node)) this.enterElement(item.node, item.parent, work);
      else if (isText(item.node)) this.addText(item.node.data, item.parent);
    }
    this.flushLine(rootCollector, 'end');
    this.drafts.sort((a, b) => a.order - b.order);
    return this.drafts.map((draft, index) => ({
      index,
      ...draft.block,
      links: draft.links.map(
        (link): PageLink => ({
          href: link.href,
          text: collapseWhitespace(link.text),
          hidden: link.hidden,
        }),
      ),
    }));
  }

  private get top(): Collector {
    const top = this.collectors[this.collectors.length - 1];
    if (top === undefined) throw new Error('no open block');
    return top;
  }

  private enterElement(element: Element, parent: Frame, work: Work[]): void {
    const tag = element.name.toLowerCase();
    const attribs = element.attribs;
    if (DROPPED_TAGS.has(tag)) {
      if (tag === 'script') this.readScript(element, parent);
      return;
    }
    if (tag === 'br') {
      this.flushLine(this.top, 'br');
      return;
    }
    const segment = pathSegment(tag, attribs);
    const path = tag === 'html' ? parent.path : joinPath(parent.path, segment);
    const color = textColor(tag, attribs, parent.textColor);
    const background = backgroundColor(attribs, parent.background);
    const reason =
      parent.hiddenReason ??
      parent.wrapperReason ??
      this.reasonOf(tag, attribs) ??
      (sameColor(color, background) && allTextInvisible(element, color, background)
        ? `color ${color} on background ${background} on ${segment}`
        : null);
    const frame: Frame = {
      tag,
      path,
      hiddenReason: reason,
      textColor: color,
      background,
      preformatted: parent.preformatted || tag === 'pre' || tag === 'xmp' || tag === 'listing',
      wrapperReason: null,
    };

    const isBlock = BLOCK_TAGS.has(tag);
    let collector: Collector | null = null;
    if (isBlock) {
      this.flushLine(this.top, 'block');
      collector = this.pushCollector(tag, path, reason, frame.preformatted);
    } else if (reason !== null && this.top.hiddenReason === null) {
      collector = this.pushCollector(tag, path, reason, frame.preformatted);
    }
    let link: LinkDraft | null = null;
    if (tag === 'a' && attribs.href !== undefined) {
      link = { href: attribs.href.trim(), text: '', hidden: reason !== null, attached: false };
      this.openLinks.push(link);
    }

    work.push({
      exit: () => {
        if (link) {
          this.openLinks.splice(this.openLinks.lastIndexOf(link), 1);
          if (!link.attached) this.top.links.push(link);
        }
        if (collector) {
          this.flushLine(collector, 'end');
          this.collectors.pop();
          // Text after a nested block starts a new line in a browser.
          if (isBlock) this.top.paragraphStart = true;
        }
      },
    });
    pushChildren(work, element.children, frame);
  }

  private readScript(script: Element, parent: Frame): void {
    const source = script.children.map((child) => (isText(child) ? child.data : '')).join('');
    const effect = scriptWrapperEffect(source);
    if (effect === 'open') {
      parent.wrapperReason = `script-written hidden wrapper in ${parent.path || 'page'}`;
    } else if (effect === 'close') parent.wrapperReason = null;
  }

  private addText(data: string, parent: Frame): void {
    if (parent.wrapperReason !== null && parent.hiddenReason === null) {
      if (collapseWhitespace(data) === '') return;
      const collector = this.pushCollector(parent.tag, parent.path, parent.wrapperReason, false);
      this.appendText(collector, data);
      this.flushLine(collector, 'end');
      this.collectors.pop();
      return;
    }
    const collector = this.top;
    if (!collector.preformatted) {
      this.appendText(collector, data);
      return;
    }
    const lines = data.split(/\r\n|\r|\n/);
    lines.forEach((line, i) => {
      if (i > 0) this.flushLine(collector, 'br');
      this.appendText(collector, line);
    });
  }

  private appendText(collector: Collector, data: string): void {
    this.textOrder++;
    if (collector.order < 0 && collapseWhitespace(data) !== '') collector.order = this.textOrder;
    collector.raw += data;
    const hiddenText = collector.hiddenReason !== null;
    for (const link of this.openLinks) {
      // A visible link's text is what a visitor reads: hidden parts inside it are left out.
      if (hiddenText && !link.hidden) continue;
      link.text += data;
      if (!link.attached) {
        link.attached = true;
        collector.links.push(link);
      }
    }
  }

  private pushCollector(
    tag: string,
    path: string,
    hiddenReason: string | null,
    preformatted: boolean,
  ): Collector {
    const collector: Collector = {
      tag,
      path,
      hiddenReason,
      preformatted,
      raw: '',
      order: -1,
      links: [],
      paragraphStart: true,
    };
    this.collectors.push(collector);
    return collector;
  }

  /**
   * Ends the collector's current line. After a `<br>` the next line continues the paragraph,
   * unless this line was empty (`<br><br>`) or the next one is indented with full-width spaces.
   */
  private flushLine(collector: Collector, cause: 'br' | 'block' | 'end'): void {
    const text = collapseWhitespace(collector.raw);
    if (text !== '') {
      this.drafts.push({
        order: collector.order,
        block: {
          text,
          tag: collector.tag,
          path: collector.path,
          hidden: collector.hiddenReason !== null,
          hiddenReason: collector.hiddenReason,
          paragraphStart:
            collector.paragraphStart || startsIndented(collector.raw, collector.preformatted),
        },
        links: collector.links,
      });
      collector.paragraphStart = false;
    } else if (cause === 'br') {
      collector.paragraphStart = true;
    }
    collector.raw = '';
    collector.order = -1;
    collector.links = [];
  }
}

function pushChildren(work: Work[], children: readonly AnyNode[], parent: Frame): void {
  for (let i = children.length - 1; i >= 0; i--) work.push({ node: children[i], parent });
}
